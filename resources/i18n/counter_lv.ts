<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ApprovalBox</name>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="48"/>
        <source>Manager approval</source>
        <translation>Vadītāja apstiprinājums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="49"/>
        <source>Manager code</source>
        <translation>Vadītāja kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="50"/>
        <source>Manager PIN</source>
        <translation>Vadītāja PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="51"/>
        <source>Note (optional)</source>
        <translation>Piezīme (nav obligāta)</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="47"/>
        <source>pos-returns: back office</source>
        <translation>pos-returns: vadības panelis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49"/>
        <source>Policy</source>
        <translation>Noteikumi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49"/>
        <source>People</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49"/>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49"/>
        <source>Returns</source>
        <translation>Atgriešanas</translation>
    </message>
</context>
<context>
    <name>CentralBox</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="44"/>
        <source>The chain&apos;s central database</source>
        <translation>Ķēdes centrālā datubāze</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="45"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="46"/>
        <source>Store password</source>
        <translation>Veikala parole</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="48"/>
        <source>Connect this register</source>
        <translation>Pieslēgt šo kasi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="64"/>
        <source>Sync blocked: the central database refuses {n} records. The rest goes up; these are tried again at every sync.</source>
        <translation>Sinhronizācija bloķēta: centrālā datubāze noraida {n} ierakstus. Pārējais tiek nosūtīts; šos mēģina vēlreiz katrā sinhronizācijā.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="71"/>
        <source>{kind} {label} ({tries} tries): {reason}</source>
        <translation>{kind} {label} ({tries} mēģinājumi): {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="96"/>
        <source>This register syncs with {url} from now on; the password: {where}.</source>
        <translation>Šī kase turpmāk sinhronizējas ar {url}; parole: {where}.</translation>
    </message>
</context>
<context>
    <name>Completion</name>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="38"/>
        <location filename="../../pos_returns/ui/completion.py" line="46"/>
        <source>Working out the amounts…</source>
        <translation>Aprēķina summas…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="50"/>
        <source>Pick the reason first.</source>
        <translation>Vispirms izvēlieties iemeslu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="55"/>
        <source>A manager types their code and PIN to approve.</source>
        <translation>Vadītājs ieraksta savu kodu un PIN, lai apstiprinātu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="60"/>
        <source>Completing…</source>
        <translation>Pabeidz…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="99"/>
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Atgriešana {number} pabeigta. Čeks tiek drukāts.</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="153"/>
        <source>pos-returns: returns counter</source>
        <translation>pos-returns: atgriešanas kase</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="154"/>
        <source>Sign out</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="155"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="156"/>
        <source>Back office…</source>
        <translation>Vadības panelis…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="208"/>
        <source>The back office is for managers: a manager signs in to open it.</source>
        <translation>Vadības panelis ir vadītājiem: lai to atvērtu, jāpieslēdzas vadītājam.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="246"/>
        <source>Nobody signed in</source>
        <translation>Neviens nav pieslēdzies</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="248"/>
        <source>Signed in: {name}</source>
        <translation>Pieslēdzies: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="313"/>
        <source>preview only</source>
        <translation>tikai priekšskatījums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="315"/>
        <source>preview, kept as PDF files</source>
        <translation>priekšskatījums, glabāts PDF failos</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="318"/>
        <source>ready</source>
        <translation>gatavs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="320"/>
        <source>Printer {printer}: {state}</source>
        <translation>Printeris {printer}: {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="322"/>
        <source>{n} receipts waiting</source>
        <translation>{n} čeki gaida</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="359"/>
        <source>Sync: not yet</source>
        <translation>Sinhronizācija: vēl nav</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="364"/>
        <source>Sync blocked: {refused} records refused (Back office › Settings), {n} waiting</source>
        <translation>Sinhronizācija bloķēta: {refused} ieraksti noraidīti (Vadības panelis › Iestatījumi), gaida {n}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="367"/>
        <source>Sync: online, last {when}, {n} waiting</source>
        <translation>Sinhronizācija: tiešsaistē, pēdējā {when}, gaida {n}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="369"/>
        <source>Sync: offline since {when}, {n} waiting</source>
        <translation>Sinhronizācija: bezsaistē kopš {when}, gaida {n}</translation>
    </message>
</context>
<context>
    <name>CustomerIdForm</name>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="62"/>
        <source>Customer&apos;s ID document (the policy asks for it)</source>
        <translation>Pircēja personu apliecinošs dokuments (to prasa noteikumi)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="63"/>
        <source>ID card, passport or licence number</source>
        <translation>ID kartes, pases vai vadītāja apliecības numurs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="65"/>
        <source>Kept only as a code to count this customer&apos;s returns; never printed.</source>
        <translation>Glabā tikai kā kodu šī pircēja atgriešanu skaitīšanai; nekad netiek drukāts.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="128"/>
        <source>Employee code</source>
        <translation>Darbinieka kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="129"/>
        <source>Any outcome</source>
        <translation>Jebkurš iznākums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="132"/>
        <source>Any reason</source>
        <translation>Jebkurš iemesls</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="133"/>
        <source>Manager approvals only</source>
        <translation>Tikai ar vadītāja apstiprinājumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="134"/>
        <source>Find</source>
        <translation>Meklēt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="136"/>
        <source>Check the journal</source>
        <translation>Pārbaudīt žurnālu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="137"/>
        <source>Conflicts: a line returned twice while apart</source>
        <translation>Konflikti: rinda atgriezta divreiz bezsaistē</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="138"/>
        <source>Dealt with</source>
        <translation>Nokārtots</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="182"/>
        <source>{n} returns found (newest first).</source>
        <translation>Atrastas {n} atgriešanas (jaunākās vispirms).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="184"/>
        <source>No return matches these filters.</source>
        <translation>Neviena atgriešana neatbilst šiem filtriem.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="211"/>
        <source>Manager: {approval}</source>
        <translation>Vadītājs: {approval}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="229"/>
        <source>{number}: receipt {receipt} line {line}, {asked} asked, {left} left ({when}); it counted: {others}</source>
        <translation>{number}: čeks {receipt}, {line}. rinda, prasīts {asked}, atlicis {left} ({when}); ieskaitīts: {others}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="242"/>
        <source>No open conflicts.</source>
        <translation>Nav atvērtu konfliktu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="266"/>
        <source>The journal&apos;s {n} entries are intact.</source>
        <translation>Visi {n} žurnāla ieraksti ir neskarti.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="268"/>
        <source>The journal is broken: {problem}</source>
        <translation>Žurnāls ir bojāts: {problem}</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="185"/>
        <source>Item</source>
        <translation>Prece</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="186"/>
        <source>Bought / back</source>
        <translation>Pirkts / atd.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="187"/>
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="188"/>
        <source>Policy</source>
        <translation>Noteikumi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="189"/>
        <source>Qty</source>
        <translation>Daudz.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="190"/>
        <source>Condition</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="243"/>
        <source>Everything on this line came back already.</source>
        <translation>Viss šajā rindā jau ir atgriezts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="252"/>
        <location filename="../../pos_returns/ui/lines_model.py" line="304"/>
        <source>Override: refund</source>
        <translation>Izņēmums: atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="294"/>
        <source>Refund</source>
        <translation>Atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="295"/>
        <source>Store credit</source>
        <translation>Veikala kredīts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="296"/>
        <source>Exchange</source>
        <translation>Apmaiņa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="297"/>
        <source>Not returnable</source>
        <translation>Neatgriežams</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="298"/>
        <source>Needs manager</source>
        <translation>Vajag vadītāju</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="299"/>
        <source>All returned</source>
        <translation>Viss atgriezts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="304"/>
        <source>Override</source>
        <translation>Izņēmums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="308"/>
        <source>back to stock</source>
        <translation>atpakaļ noliktavā</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="309"/>
        <source>to damaged goods</source>
        <translation>uz bojātām precēm</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="310"/>
        <source>back to the vendor</source>
        <translation>atpakaļ piegādātājam</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="319"/>
        <source>Catalogue price {price} (not sold lately).</source>
        <translation>Kataloga cena {price} (nesen nav pārdots).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="320"/>
        <source>Lowest price of the last {n} days: {price}.</source>
        <translation>Zemākā cena pēdējo {n} dienu laikā: {price}.</translation>
    </message>
</context>
<context>
    <name>LostReceiptFlow</name>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="146"/>
        <source>Looking for the sale…</source>
        <translation>Meklē pirkumu…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="158"/>
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>Atrasti {n} pirkumi: izvēlieties vienu (Enter vai dubultklikšķis).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="160"/>
        <source>No sale found: check what you typed and the days.</source>
        <translation>Pirkums nav atrasts: pārbaudiet ierakstīto un dienas.</translation>
    </message>
</context>
<context>
    <name>NoReceiptFlow</name>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="75"/>
        <source>Without a receipt: scan each item brought back</source>
        <translation>Bez čeka: noskenējiet katru atnesto preci</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="77"/>
        <source>Scan the items one by one; each is priced at its lowest recent price.</source>
        <translation>Skenējiet preces pa vienai; katrai tiek ņemta tās zemākā nesenā cena.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="91"/>
        <source>Scan the item&apos;s barcode or type its code.</source>
        <translation>Noskenējiet preces svītrkodu vai ierakstiet tās kodu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="113"/>
        <source>Looking up {number}…</source>
        <translation>Meklē {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="120"/>
        <source>Without a receipt; items scanned: {n} (scan the next one)</source>
        <translation>Bez čeka; noskenētas preces: {n} (skenējiet nākamo)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="111"/>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="111"/>
        <source>Full name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="111"/>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="111"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="120"/>
        <source>active</source>
        <translation>aktīvs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="120"/>
        <source>deactivated</source>
        <translation>deaktivizēts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="124"/>
        <source>cashier</source>
        <translation>kasieris</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="125"/>
        <source>manager</source>
        <translation>vadītājs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="126"/>
        <source>admin</source>
        <translation>administrators</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="129"/>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="131"/>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="130"/>
        <source>Full name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="125"/>
        <source>Add an employee</source>
        <translation>Pievienot darbinieku</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="132"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 līdz 12 cipari)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="137"/>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="138"/>
        <source>The chosen employee</source>
        <translation>Izvēlētais darbinieks</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="139"/>
        <source>Give this role</source>
        <translation>Piešķirt šo lomu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="140"/>
        <source>New PIN</source>
        <translation>Jauns PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="141"/>
        <source>Set the new PIN</source>
        <translation>Iestatīt jauno PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="192"/>
        <source>Deactivate</source>
        <translation>Deaktivizēt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="192"/>
        <source>Bring back</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="214"/>
        <source>{name} can sign in now.</source>
        <translation>{name} tagad var pieslēgties.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="229"/>
        <source>Role changed.</source>
        <translation>Loma nomainīta.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="239"/>
        <source>New PIN set; the employee is unlocked.</source>
        <translation>Jaunais PIN iestatīts; darbinieks ir atbloķēts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="249"/>
        <source>Done.</source>
        <translation>Gatavs.</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="85"/>
        <source>Rules, tried in this order: the first that fits decides</source>
        <translation>Noteikumi, pārbaudīti šādā secībā: izšķir pirmais atbilstošais</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="87"/>
        <source>Add a rule</source>
        <translation>Pievienot noteikumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="88"/>
        <source>Up</source>
        <translation>Uz augšu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="89"/>
        <source>Down</source>
        <translation>Uz leju</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="90"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="136"/>
        <source>Standard 30 days</source>
        <translation>Standarta 30 dienas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="137"/>
        <source>Generous 90 days</source>
        <translation>Dāsnā 90 dienas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="138"/>
        <source>Strict electronics</source>
        <translation>Stingrā elektronikai</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="142"/>
        <source>Start from this template</source>
        <translation>Sākt no šīs veidnes</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="143"/>
        <source>Import JSON…</source>
        <translation>Importēt JSON…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="144"/>
        <source>Export JSON…</source>
        <translation>Eksportēt JSON…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="145"/>
        <source>Save draft</source>
        <translation>Saglabāt melnrakstu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="146"/>
        <source>Publish…</source>
        <translation>Publicēt…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="147"/>
        <source>What the check found</source>
        <translation>Ko atrada pārbaude</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="148"/>
        <source>Changes</source>
        <translation>Izmaiņas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="175"/>
        <source>Started from a template: edit it, then publish.</source>
        <translation>Sākts no veidnes: labojiet un publicējiet.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="196"/>
        <source>Not valid yet: {problem}</source>
        <translation>Vēl nav derīgs: {problem}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="201"/>
        <source>Every rule can decide something; no gaps.</source>
        <translation>Katrs noteikums kaut ko izšķir; nav robu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="210"/>
        <source>Customers will read nothing new.</source>
        <translation>Pircēji neizlasīs neko jaunu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="217"/>
        <source>Rule “{rule}” can never match: its own conditions exclude each other.</source>
        <translation>Noteikums “{rule}” nekad nevar atbilst: tā nosacījumi izslēdz viens otru.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="221"/>
        <source>Rule “{rule}” never decides anything: earlier rules ({by}) decide all it covers.</source>
        <translation>Noteikums “{rule}” nekad neko neizšķir: visu, ko tas aptver, izšķir iepriekšējie ({by}).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="225"/>
        <source>{first} days or more</source>
        <translation>{first} dienas vai vairāk</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="227"/>
        <source>{first}–{last} days</source>
        <translation>{first}–{last} dienas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="231"/>
        <source>with a receipt</source>
        <translation>ar čeku</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="231"/>
        <source>without a receipt</source>
        <translation>bez čeka</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="234"/>
        <source>No rule for items returned {receipt}, {days} after purchase ({states}): “no rule fits” decides.</source>
        <translation>Nav noteikuma precēm, kas atgrieztas {receipt}, {days} pēc pirkuma ({states}): izšķir “neviens noteikums neatbilst”.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="241"/>
        <source>Type or scan a receipt number to try the draft on.</source>
        <translation>Ierakstiet vai noskenējiet čeka numuru, lai izmēģinātu melnrakstu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="258"/>
        <source>Trying {number}…</source>
        <translation>Izmēģina {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="264"/>
        <source>Receipt {number}: the draft on the left, the published policy on the right.</source>
        <translation>Čeks {number}: melnraksts pa kreisi, publicētie noteikumi pa labi.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="278"/>
        <source>Draft saved.</source>
        <translation>Melnraksts saglabāts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="297"/>
        <source>Version {version} published; the counters use it from its start.</source>
        <translation>Versija {version} publicēta; kases to lieto no tās sākuma.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="308"/>
        <source>Import a policy</source>
        <translation>Importēt noteikumus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="314"/>
        <source>Export the policy</source>
        <translation>Eksportēt noteikumus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="325"/>
        <source>Cannot read {file}: {why}</source>
        <translation>Nevar nolasīt {file}: {why}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="333"/>
        <source>Imported {file}: check it, then publish.</source>
        <translation>{file} importēts: pārbaudiet un publicējiet.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="344"/>
        <source>Cannot write {file}: {why}</source>
        <translation>Nevar ierakstīt {file}: {why}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="350"/>
        <source>Exported to {file}.</source>
        <translation>Eksportēts uz {file}.</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="91"/>
        <source>For the whole policy</source>
        <translation>Visiem noteikumiem</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="95"/>
        <source>Policy name</source>
        <translation>Noteikumu nosaukums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="96"/>
        <source>Time zone</source>
        <translation>Laika josla</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="97"/>
        <source>Store-credit bonus %</source>
        <translation>Veikala kredīta bonuss %</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="98"/>
        <source>Manager approves refunds over</source>
        <translation>Vadītājs apstiprina atmaksas virs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="99"/>
        <source>No receipt: lowest price of the last … days</source>
        <translation>Bez čeka: zemākā cena pēdējās … dienās</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="100"/>
        <source>No receipt: ask for an ID</source>
        <translation>Bez čeka: prasīt dokumentu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="101"/>
        <source>Returns per customer</source>
        <translation>Atgriešanas vienam pircējam</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="102"/>
        <source>No rule fits</source>
        <translation>Neviens noteikums neatbilst</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="103"/>
        <source>Seasonal windows</source>
        <translation>Sezonas periodi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="104"/>
        <source>Offline: returns per customer</source>
        <translation>Bezsaistē: atgriešanas uz pircēju</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="105"/>
        <source>Offline: refunds to a card</source>
        <translation>Bezsaistē: atmaksas uz karti</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="106"/>
        <source>Offline: another store&apos;s receipt</source>
        <translation>Bezsaistē: cita veikala čeks</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="115"/>
        <source>count this store&apos;s returns</source>
        <translation>skaitīt šī veikala atgriešanas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="116"/>
        <source>a manager approves</source>
        <translation>apstiprina vadītājs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="119"/>
        <source>on the card terminal, as usual</source>
        <translation>kartes terminālī, kā parasti</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="120"/>
        <source>wait until online (or store credit)</source>
        <translation>gaidīt tiešsaisti (vai veikala kredīts)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="121"/>
        <source>give store credit</source>
        <translation>izsniegt veikala kredītu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="124"/>
        <source>take the items back without a receipt</source>
        <translation>pieņemt preces bez čeka</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="125"/>
        <source>the customer comes back later</source>
        <translation>pircējs atnāk vēlāk</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="131"/>
        <source>in days:</source>
        <translation>dienās:</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="132"/>
        <source>e.g. 11-15..12-24 until 01-31; …</source>
        <translation>piem., 11-15..12-24 until 01-31; …</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="133"/>
        <source>no limit</source>
        <translation>bez ierobežojuma</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../pos_returns/ui/common.py" line="49"/>
        <source>Printer offline: check cable and paper ({detail})</source>
        <translation>Printeris bezsaistē: pārbaudiet kabeli un papīru ({detail})</translation>
    </message>
</context>
<context>
    <name>PublishBox</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="136"/>
        <source>Publish this policy?</source>
        <translation>Publicēt šos noteikumus?</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="137"/>
        <source>Not now, from</source>
        <translation>Ne tagad, no</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="138"/>
        <source>Publish</source>
        <translation>Publicēt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="139"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="143"/>
        <source>Customers will read:</source>
        <translation>Pircēji izlasīs:</translation>
    </message>
</context>
<context>
    <name>ReasonsModel</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="227"/>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="227"/>
        <source>Label</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="227"/>
        <source>Asks for a note</source>
        <translation>Prasa piezīmi</translation>
    </message>
</context>
<context>
    <name>ReceiptCopies</name>
    <message>
        <location filename="../../pos_returns/ui/receipt_copies.py" line="45"/>
        <source>Reprinting {number}…</source>
        <translation>Drukā {number} vēlreiz…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/receipt_copies.py" line="58"/>
        <source>. The copy waits in the print queue.</source>
        <translation>. Kopija gaida drukas rindā.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/receipt_copies.py" line="60"/>
        <source>{number}: copy printed.</source>
        <translation>{number}: kopija nodrukāta.</translation>
    </message>
</context>
<context>
    <name>RecentReturns</name>
    <message>
        <location filename="../../pos_returns/ui/recent_returns.py" line="39"/>
        <source>Recent returns</source>
        <translation>Nesenās atgriešanas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/recent_returns.py" line="40"/>
        <source>Reprint</source>
        <translation>Drukāt vēlreiz</translation>
    </message>
</context>
<context>
    <name>RegistersModel</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="304"/>
        <source>Register</source>
        <translation>Kase</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="304"/>
        <source>Printer (URL)</source>
        <translation>Printeris (URL)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="304"/>
        <source>Model</source>
        <translation>Modelis</translation>
    </message>
</context>
<context>
    <name>ReturnForm</name>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="126"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="127"/>
        <source>Receipt language</source>
        <translation>Čeka valoda</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="128"/>
        <source>A few words about the reason</source>
        <translation>Daži vārdi par iemeslu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="132"/>
        <location filename="../../pos_returns/ui/return_form.py" line="145"/>
        <source>Choose a reason…</source>
        <translation>Izvēlieties iemeslu…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="165"/>
        <source>Store credit: {amount}</source>
        <translation>Veikala kredīts: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="169"/>
        <source>Restocking fees: {amount}</source>
        <translation>Apstrādes maksa: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="172"/>
        <source>No money back: an exchange.</source>
        <translation>Nauda netiek atmaksāta: apmaiņa.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="180"/>
        <source>Back to a refund</source>
        <translation>Atpakaļ uz atmaksu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="182"/>
        <source>or {amount} store credit, {bonus} more</source>
        <translation>vai {amount} veikala kredītā, par {bonus} vairāk</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="193"/>
        <source>Nothing picked.</source>
        <translation>Nekas nav izvēlēts.</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="172"/>
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Noskenējiet vai ierakstiet čeka numuru, tad Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="178"/>
        <source>Complete return</source>
        <translation>Pabeigt atgriešanu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="170"/>
        <source>Scan or type the item code, then Enter</source>
        <translation>Noskenējiet vai ierakstiet preces kodu, tad Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="250"/>
        <source>Scan the receipt&apos;s barcode or type its number.</source>
        <translation>Noskenējiet čeka svītrkodu vai ierakstiet tā numuru.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="252"/>
        <source>Looking up {number}…</source>
        <translation>Meklē {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="281"/>
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Čeks {number}, pārdots {when}; samaksāts ar {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="286"/>
        <source>Pick what comes back, then a reason.</source>
        <translation>Izvēlieties, ko atdod, tad iemeslu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="288"/>
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Neko no šī čeka tagad nevar atgriezt.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="294"/>
        <source>Offline: checked against this store&apos;s records.</source>
        <translation>Bezsaistē: pārbaudīts pēc šī veikala datiem.</translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="161"/>
        <source>Return</source>
        <translation>Atgriešana</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="162"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="163"/>
        <source>Employee</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="164"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="165"/>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="166"/>
        <source>Money back</source>
        <translation>Atmaksāts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="167"/>
        <source>Manager</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="172"/>
        <source>Refund</source>
        <translation>Atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="173"/>
        <source>Store credit</source>
        <translation>Veikala kredīts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="174"/>
        <source>Exchange</source>
        <translation>Apmaiņa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="175"/>
        <source>Not returnable</source>
        <translation>Neatgriežams</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="192"/>
        <source>approved</source>
        <translation>apstiprināja</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="192"/>
        <source>overrode</source>
        <translation>izdarīja izņēmumu</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="98"/>
        <source>The chosen rule</source>
        <translation>Izvēlētais noteikums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="102"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="103"/>
        <source>Categories</source>
        <translation>Kategorijas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="104"/>
        <source>Any of the tags</source>
        <translation>Kāda no birkām</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="105"/>
        <source>Condition</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="106"/>
        <source>Receipt</source>
        <translation>Čeks</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="107"/>
        <source>Days after purchase</source>
        <translation>Dienas pēc pirkuma</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="108"/>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="109"/>
        <source>Restocking fee %</source>
        <translation>Apstrādes maksa %</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="110"/>
        <source>Manager</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="116"/>
        <source>any (or a comma-separated list)</source>
        <translation>jebkura (vai saraksts, atdalīts ar komatiem)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="120"/>
        <source>with or without</source>
        <translation>ar vai bez</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="120"/>
        <source>with</source>
        <translation>ar</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="120"/>
        <source>without</source>
        <translation>bez</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="123"/>
        <source>from</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="124"/>
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="127"/>
        <source>a manager approves</source>
        <translation>apstiprina vadītājs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="131"/>
        <source>unopened</source>
        <translation>neatvērts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="132"/>
        <source>opened</source>
        <translation>atvērts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="133"/>
        <source>damaged</source>
        <translation>bojāts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="134"/>
        <source>defective</source>
        <translation>defekts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="139"/>
        <source>Refund</source>
        <translation>Atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="140"/>
        <source>Store credit</source>
        <translation>Veikala kredīts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="141"/>
        <source>Exchange</source>
        <translation>Apmaiņa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="142"/>
        <source>Not returnable</source>
        <translation>Neatgriežams</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="198"/>
        <source>with receipt</source>
        <translation>ar čeku</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="200"/>
        <source>no receipt</source>
        <translation>bez čeka</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="204"/>
        <source>days {low}–{high}</source>
        <translation>dienas {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="208"/>
        <source>always</source>
        <translation>vienmēr</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/rules_model.py" line="39"/>
        <source>Rule</source>
        <translation>Noteikums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rules_model.py" line="39"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rules_model.py" line="39"/>
        <source>Then</source>
        <translation>Tad</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="73"/>
        <source>No receipt</source>
        <translation>Bez čeka</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="75"/>
        <source>by customer</source>
        <translation>pēc pircēja</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="75"/>
        <source>by card and day</source>
        <translation>pēc kartes un dienas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="75"/>
        <source>by item and days</source>
        <translation>pēc preces un dienām</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="78"/>
        <source>Customer no., &quot;VISA 1234&quot; or item code</source>
        <translation>Pircēja nr., “VISA 1234” vai preces kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="79"/>
        <source>Find the sale</source>
        <translation>Atrast pirkumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="80"/>
        <source>No receipt number? Find the sale</source>
        <translation>Nav čeka numura? Atrodiet pirkumu</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="156"/>
        <source>The store</source>
        <translation>Veikals</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="160"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="161"/>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="162"/>
        <source>Time zone</source>
        <translation>Laika josla</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="163"/>
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="164"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="165"/>
        <source>Receipt footer</source>
        <translation>Čeka kājene</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="166"/>
        <source>Feedback address (QR code)</source>
        <translation>Atsauksmju adrese (QR kods)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="171"/>
        <source>Save the store&apos;s details</source>
        <translation>Saglabāt veikala datus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="172"/>
        <source>Return reasons, in the order the counter lists them</source>
        <translation>Atgriešanas iemesli kases secībā</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="174"/>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="180"/>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="175"/>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="176"/>
        <source>Save the reasons</source>
        <translation>Saglabāt iemeslus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="177"/>
        <source>Registers and their printers</source>
        <translation>Kases un to printeri</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="179"/>
        <source>New register, e.g. R4</source>
        <translation>Jauna kase, piem., R4</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="181"/>
        <source>Save the printer</source>
        <translation>Saglabāt printeri</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="182"/>
        <source>Print a test page</source>
        <translation>Drukāt testa lapu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="252"/>
        <source>The store&apos;s details are saved.</source>
        <translation>Veikala dati saglabāti.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="259"/>
        <source>The reasons are saved; the counters list them from the next return.</source>
        <translation>Iemesli saglabāti; kases tos rāda no nākamās atgriešanas.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="267"/>
        <source>Register added.</source>
        <translation>Kase pievienota.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="273"/>
        <source>Choose a register first.</source>
        <translation>Vispirms izvēlieties kasi.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="296"/>
        <source>Printer saved for {register}.</source>
        <translation>Printeris saglabāts kasei {register}.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="317"/>
        <source>Test page sent to {register}&apos;s printer.</source>
        <translation>Testa lapa nosūtīta kases {register} printerim.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="320"/>
        <source>Printing a test page…</source>
        <translation>Drukā testa lapu…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="86"/>
        <source>Sign in to the returns counter</source>
        <translation>Pieslēgties atgriešanas kasei</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="87"/>
        <source>Employee code</source>
        <translation>Darbinieka kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="88"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="89"/>
        <source>Sign in</source>
        <translation>Pieslēgties</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="104"/>
        <source>Demo store: the employees&apos; codes and PINs are in {path}</source>
        <translation>Demonstrācijas veikals: darbinieku kodi un PIN ir failā {path}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="127"/>
        <source>Type your employee code and PIN.</source>
        <translation>Ierakstiet savu darbinieka kodu un PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="130"/>
        <source>Checking…</source>
        <translation>Pārbauda…</translation>
    </message>
</context>
<context>
    <name>WhatIfBox</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="63"/>
        <source>What if: the draft beside the published policy</source>
        <translation>Kā būtu, ja: melnraksts blakus publicētajiem noteikumiem</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="64"/>
        <source>Receipt number</source>
        <translation>Čeka numurs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="70"/>
        <source>Try</source>
        <translation>Izmēģināt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="80"/>
        <source>Draft</source>
        <translation>Melnraksts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="82"/>
        <source>Published</source>
        <translation>Publicētie</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="98"/>
        <source>Total: {amount}</source>
        <translation>Kopā: {amount}</translation>
    </message>
</context>
</TS>
