<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="47" />
        <source>pos-returns: back office</source>
        <translation>pos-returns: vadības panelis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49" />
        <source>Policy</source>
        <translation>Noteikumi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49" />
        <source>People</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49" />
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49" />
        <source>Returns</source>
        <translation>Atgriešanas</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="156" />
        <source>pos-returns: returns counter</source>
        <translation>pos-returns: atgriešanas kase</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="157" />
        <source>Sign out</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="158" />
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="159" />
        <source>Back office…</source>
        <translation>Vadības panelis…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="211" />
        <source>The back office is for managers: a manager signs in to open it.</source>
        <translation>Vadības panelis ir vadītājiem: lai to atvērtu, jāpieslēdzas vadītājam.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="250" />
        <source>Nobody signed in</source>
        <translation>Neviens nav pieslēdzies</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="252" />
        <source>Signed in: {name}</source>
        <translation>Pieslēdzies: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="321" />
        <source>preview only</source>
        <translation>tikai priekšskatījums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="323" />
        <source>preview, kept as PDF files</source>
        <translation>priekšskatījums, glabāts PDF failos</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="326" />
        <source>ready</source>
        <translation>gatavs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="328" />
        <source>Printer {printer}: {state}</source>
        <translation>Printeris {printer}: {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="330" />
        <source>{n} receipts waiting</source>
        <translation>{n} čeki gaida</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="367" />
        <source>Sync: not yet</source>
        <translation>Sinhronizācija: vēl nav</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="372" />
        <source>Sync blocked: {refused} records refused (Back office › Settings), {n} waiting</source>
        <translation>Sinhronizācija bloķēta: {refused} ieraksti noraidīti (Vadības panelis › Iestatījumi), gaida {n}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="376" />
        <source>Sync: online, last {when}, {n} waiting</source>
        <translation>Sinhronizācija: tiešsaistē, pēdējā {when}, gaida {n}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="378" />
        <source>Sync: offline since {when}, {n} waiting</source>
        <translation>Sinhronizācija: bezsaistē kopš {when}, gaida {n}</translation>
    </message>
</context>
<context>
    <name>CustomerIdForm</name>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="61" />
        <source>Customer's ID document (the policy asks for it)</source>
        <translation>Pircēja personu apliecinošs dokuments (to prasa noteikumi)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="62" />
        <source>ID card, passport or licence number</source>
        <translation>ID kartes, pases vai vadītāja apliecības numurs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="64" />
        <source>Kept only as a code to count this customer's returns; never printed.</source>
        <translation>Glabā tikai kā kodu šī pircēja atgriešanu skaitīšanai; nekad netiek drukāts.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="130" />
        <source>Employee code</source>
        <translation>Darbinieka kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="131" />
        <source>Any outcome</source>
        <translation>Jebkurš iznākums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="134" />
        <source>Refund</source>
        <translation>Atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="135" />
        <source>Store credit</source>
        <translation>Veikala kredīts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="136" />
        <source>Exchange</source>
        <translation>Apmaiņa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="137" />
        <source>Not returnable</source>
        <translation>Neatgriežams</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="142" />
        <source>Any reason</source>
        <translation>Jebkurš iemesls</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="143" />
        <source>Manager approvals only</source>
        <translation>Tikai ar vadītāja apstiprinājumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="144" />
        <source>Find</source>
        <translation>Meklēt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="147" />
        <source>Return</source>
        <translation>Atgriešana</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="148" />
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="149" />
        <source>Employee</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="150" />
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="151" />
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="152" />
        <source>Money back</source>
        <translation>Atmaksāts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="153" />
        <source>Manager</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="156" />
        <source>Check the journal</source>
        <translation>Pārbaudīt žurnālu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="157" />
        <source>Conflicts: a line returned twice while apart</source>
        <translation>Konflikti: rinda atgriezta divreiz bezsaistē</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="158" />
        <source>Dealt with</source>
        <translation>Nokārtots</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="219" />
        <source>approved</source>
        <translation>apstiprināja</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="219" />
        <source>overrode</source>
        <translation>izdarīja izņēmumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="227" />
        <source>{n} returns found (newest first).</source>
        <translation>Atrastas {n} atgriešanas (jaunākās vispirms).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="229" />
        <source>No return matches these filters.</source>
        <translation>Neviena atgriešana neatbilst šiem filtriem.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="258" />
        <source>Manager: {approval}</source>
        <translation>Vadītājs: {approval}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="276" />
        <source>{number}: receipt {receipt} line {line}, {asked} asked, {left} left ({when}); it counted: {others}</source>
        <translation>{number}: čeks {receipt}, {line}. rinda, prasīts {asked}, atlicis {left} ({when}); ieskaitīts: {others}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="289" />
        <source>No open conflicts.</source>
        <translation>Nav atvērtu konfliktu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="315" />
        <source>The journal's {n} entries are intact.</source>
        <translation>Visi {n} žurnāla ieraksti ir neskarti.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="317" />
        <source>The journal is broken: {problem}</source>
        <translation>Žurnāls ir bojāts: {problem}</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="75" />
        <source>Item</source>
        <translation>Prece</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="76" />
        <source>Bought / back</source>
        <translation>Pirkts / atd.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="77" />
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="78" />
        <source>Policy</source>
        <translation>Noteikumi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="79" />
        <source>Qty</source>
        <translation>Daudz.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="80" />
        <source>Condition</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="155" />
        <source>Everything on this line came back already.</source>
        <translation>Viss šajā rindā jau ir atgriezts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="184" />
        <source>Catalogue price {price} (not sold lately).</source>
        <translation>Kataloga cena {price} (nesen nav pārdots).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="185" />
        <source>Lowest price of the last {n} days: {price}.</source>
        <translation>Zemākā cena pēdējo {n} dienu laikā: {price}.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="196" />
        <location filename="../../pos_returns/ui/lines.py" line="283" />
        <source>Override: refund</source>
        <translation>Izņēmums: atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="237" />
        <source>Override</source>
        <translation>Izņēmums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="254" />
        <source>back to stock</source>
        <translation>atpakaļ noliktavā</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="255" />
        <source>to damaged goods</source>
        <translation>uz bojātām precēm</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="256" />
        <source>back to the vendor</source>
        <translation>atpakaļ piegādātājam</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="290" />
        <source>Refund</source>
        <translation>Atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="291" />
        <source>Store credit</source>
        <translation>Veikala kredīts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="292" />
        <source>Exchange</source>
        <translation>Apmaiņa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="293" />
        <source>Not returnable</source>
        <translation>Neatgriežams</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="294" />
        <source>Needs manager</source>
        <translation>Vajag vadītāju</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="295" />
        <source>All returned</source>
        <translation>Viss atgriezts</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="128" />
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="137" />
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="128" />
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="139" />
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="128" />
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="128" />
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="138" />
        <source>Full name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="121" />
        <source>cashier</source>
        <translation>kasieris</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="122" />
        <source>manager</source>
        <translation>vadītājs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="123" />
        <source>admin</source>
        <translation>administrators</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="133" />
        <source>Add an employee</source>
        <translation>Pievienot darbinieku</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="140" />
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 līdz 12 cipari)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="145" />
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="146" />
        <source>The chosen employee</source>
        <translation>Izvēlētais darbinieks</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="147" />
        <source>Give this role</source>
        <translation>Piešķirt šo lomu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="148" />
        <source>New PIN</source>
        <translation>Jauns PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="149" />
        <source>Set the new PIN</source>
        <translation>Iestatīt jauno PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="191" />
        <source>active</source>
        <translation>aktīvs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="191" />
        <source>deactivated</source>
        <translation>deaktivizēts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="217" />
        <source>Deactivate</source>
        <translation>Deaktivizēt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="217" />
        <source>Bring back</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="241" />
        <source>{name} can sign in now.</source>
        <translation>{name} tagad var pieslēgties.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="256" />
        <source>Role changed.</source>
        <translation>Loma nomainīta.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="266" />
        <source>New PIN set; the employee is unlocked.</source>
        <translation>Jaunais PIN iestatīts; darbinieks ir atbloķēts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="276" />
        <source>Done.</source>
        <translation>Gatavs.</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="247" />
        <source>Rules, tried in this order: the first that fits decides</source>
        <translation>Noteikumi, pārbaudīti šādā secībā: izšķir pirmais atbilstošais</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="248" />
        <source>Rule</source>
        <translation>Noteikums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="248" />
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="248" />
        <source>Then</source>
        <translation>Tad</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="250" />
        <source>Add a rule</source>
        <translation>Pievienot noteikumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="251" />
        <source>Up</source>
        <translation>Uz augšu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="252" />
        <source>Down</source>
        <translation>Uz leju</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="253" />
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="256" />
        <source>The chosen rule</source>
        <translation>Izvēlētais noteikums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="257" />
        <source>For the whole policy</source>
        <translation>Visiem noteikumiem</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="261" />
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="262" />
        <source>Categories</source>
        <translation>Kategorijas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="263" />
        <source>Any of the tags</source>
        <translation>Kāda no birkām</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="264" />
        <source>Condition</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="265" />
        <source>Receipt</source>
        <translation>Čeks</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="266" />
        <source>Days after purchase</source>
        <translation>Dienas pēc pirkuma</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="267" />
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="268" />
        <source>Restocking fee %</source>
        <translation>Apstrādes maksa %</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="269" />
        <source>Manager</source>
        <translation>Vadītājs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="275" />
        <source>any (or a comma-separated list)</source>
        <translation>jebkura (vai saraksts, atdalīts ar komatiem)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="277" />
        <source>unopened</source>
        <translation>neatvērts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="278" />
        <source>opened</source>
        <translation>atvērts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="279" />
        <source>damaged</source>
        <translation>bojāts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="280" />
        <source>defective</source>
        <translation>defekts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="285" />
        <source>with or without</source>
        <translation>ar vai bez</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="285" />
        <source>with</source>
        <translation>ar</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="285" />
        <source>without</source>
        <translation>bez</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="288" />
        <source>from</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="289" />
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="291" />
        <source>Refund</source>
        <translation>Atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="292" />
        <source>Store credit</source>
        <translation>Veikala kredīts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="293" />
        <source>Exchange</source>
        <translation>Apmaiņa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="294" />
        <source>Not returnable</source>
        <translation>Neatgriežams</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="299" />
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="322" />
        <source>a manager approves</source>
        <translation>apstiprina vadītājs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="303" />
        <source>Policy name</source>
        <translation>Noteikumu nosaukums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="304" />
        <source>Time zone</source>
        <translation>Laika josla</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="305" />
        <source>Store-credit bonus %</source>
        <translation>Veikala kredīta bonuss %</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="306" />
        <source>Manager approves refunds over</source>
        <translation>Vadītājs apstiprina atmaksas virs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="307" />
        <source>No receipt: lowest price of the last … days</source>
        <translation>Bez čeka: zemākā cena pēdējās … dienās</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="308" />
        <source>No receipt: ask for an ID</source>
        <translation>Bez čeka: prasīt dokumentu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="309" />
        <source>Returns per customer</source>
        <translation>Atgriešanas vienam pircējam</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="310" />
        <source>No rule fits</source>
        <translation>Neviens noteikums neatbilst</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="311" />
        <source>Seasonal windows</source>
        <translation>Sezonas periodi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="312" />
        <source>Offline: returns per customer</source>
        <translation>Bezsaistē: atgriešanas uz pircēju</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="313" />
        <source>Offline: refunds to a card</source>
        <translation>Bezsaistē: atmaksas uz karti</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="314" />
        <source>Offline: another store's receipt</source>
        <translation>Bezsaistē: cita veikala čeks</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="321" />
        <source>count this store's returns</source>
        <translation>skaitīt šī veikala atgriešanas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="325" />
        <source>on the card terminal, as usual</source>
        <translation>kartes terminālī, kā parasti</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="326" />
        <source>wait until online (or store credit)</source>
        <translation>gaidīt tiešsaisti (vai veikala kredīts)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="327" />
        <source>give store credit</source>
        <translation>izsniegt veikala kredītu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="330" />
        <source>take the items back without a receipt</source>
        <translation>pieņemt preces bez čeka</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="331" />
        <source>the customer comes back later</source>
        <translation>pircējs atnāk vēlāk</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="337" />
        <source>in days:</source>
        <translation>dienās:</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="338" />
        <source>e.g. 11-15..12-24 until 01-31; …</source>
        <translation>piem., 11-15..12-24 until 01-31; …</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="339" />
        <source>no limit</source>
        <translation>bez ierobežojuma</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="388" />
        <source>with receipt</source>
        <translation>ar čeku</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="390" />
        <source>no receipt</source>
        <translation>bez čeka</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="394" />
        <source>days {low}–{high}</source>
        <translation>dienas {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="398" />
        <source>always</source>
        <translation>vienmēr</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="194" />
        <source>Standard 30 days</source>
        <translation>Standarta 30 dienas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="195" />
        <source>Generous 90 days</source>
        <translation>Dāsnā 90 dienas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="196" />
        <source>Strict electronics</source>
        <translation>Stingrā elektronikai</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="200" />
        <source>Start from this template</source>
        <translation>Sākt no šīs veidnes</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="201" />
        <source>Import JSON…</source>
        <translation>Importēt JSON…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="202" />
        <source>Export JSON…</source>
        <translation>Eksportēt JSON…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="203" />
        <source>Save draft</source>
        <translation>Saglabāt melnrakstu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="204" />
        <source>Publish…</source>
        <translation>Publicēt…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="205" />
        <source>What the check found</source>
        <translation>Ko atrada pārbaude</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="206" />
        <source>Changes</source>
        <translation>Izmaiņas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="207" />
        <source>What if: the draft beside the published policy</source>
        <translation>Kā būtu, ja: melnraksts blakus publicētajiem noteikumiem</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="208" />
        <source>Receipt number</source>
        <translation>Čeka numurs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="213" />
        <source>Try</source>
        <translation>Izmēģināt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="214" />
        <source>Publish this policy?</source>
        <translation>Publicēt šos noteikumus?</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="215" />
        <source>Not now, from</source>
        <translation>Ne tagad, no</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="216" />
        <source>Publish</source>
        <translation>Publicēt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="217" />
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="247" />
        <source>Started from a template: edit it, then publish.</source>
        <translation>Sākts no veidnes: labojiet un publicējiet.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="268" />
        <source>Not valid yet: {problem}</source>
        <translation>Vēl nav derīgs: {problem}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="273" />
        <source>Every rule can decide something; no gaps.</source>
        <translation>Katrs noteikums kaut ko izšķir; nav robu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="282" />
        <source>Customers will read nothing new.</source>
        <translation>Pircēji neizlasīs neko jaunu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="289" />
        <source>Rule “{rule}” can never match: its own conditions exclude each other.</source>
        <translation>Noteikums “{rule}” nekad nevar atbilst: tā nosacījumi izslēdz viens otru.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="293" />
        <source>Rule “{rule}” never decides anything: earlier rules ({by}) decide all it covers.</source>
        <translation>Noteikums “{rule}” nekad neko neizšķir: visu, ko tas aptver, izšķir iepriekšējie ({by}).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="297" />
        <source>{first} days or more</source>
        <translation>{first} dienas vai vairāk</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="299" />
        <source>{first}–{last} days</source>
        <translation>{first}–{last} dienas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="303" />
        <source>with a receipt</source>
        <translation>ar čeku</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="303" />
        <source>without a receipt</source>
        <translation>bez čeka</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="306" />
        <source>No rule for items returned {receipt}, {days} after purchase ({states}): “no rule fits” decides.</source>
        <translation>Nav noteikuma precēm, kas atgrieztas {receipt}, {days} pēc pirkuma ({states}): izšķir “neviens noteikums neatbilst”.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="313" />
        <source>Type or scan a receipt number to try the draft on.</source>
        <translation>Ierakstiet vai noskenējiet čeka numuru, lai izmēģinātu melnrakstu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="327" />
        <source>Trying {number}…</source>
        <translation>Izmēģina {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="333" />
        <source>Receipt {number}: the draft on the left, the published policy on the right.</source>
        <translation>Čeks {number}: melnraksts pa kreisi, publicētie noteikumi pa labi.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="337" />
        <source>Draft</source>
        <translation>Melnraksts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="340" />
        <source>Published</source>
        <translation>Publicētie</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="355" />
        <source>Total: {amount}</source>
        <translation>Kopā: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="369" />
        <source>Draft saved.</source>
        <translation>Melnraksts saglabāts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="376" />
        <source>Customers will read:</source>
        <translation>Pircēji izlasīs:</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="399" />
        <source>Version {version} published; the counters use it from its start.</source>
        <translation>Versija {version} publicēta; kases to lieto no tās sākuma.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="410" />
        <source>Import a policy</source>
        <translation>Importēt noteikumus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="416" />
        <source>Export the policy</source>
        <translation>Eksportēt noteikumus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="427" />
        <source>Cannot read {file}: {why}</source>
        <translation>Nevar nolasīt {file}: {why}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="435" />
        <source>Imported {file}: check it, then publish.</source>
        <translation>{file} importēts: pārbaudiet un publicējiet.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="446" />
        <source>Cannot write {file}: {why}</source>
        <translation>Nevar ierakstīt {file}: {why}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="452" />
        <source>Exported to {file}.</source>
        <translation>Eksportēts uz {file}.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../pos_returns/ui/common.py" line="49" />
        <source>Printer offline: check cable and paper ({detail})</source>
        <translation>Printeris bezsaistē: pārbaudiet kabeli un papīru ({detail})</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="325" />
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Noskenējiet vai ierakstiet čeka numuru, tad Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="331" />
        <source>by customer</source>
        <translation>pēc pircēja</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="331" />
        <source>by card and day</source>
        <translation>pēc kartes un dienas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="331" />
        <source>by item and days</source>
        <translation>pēc preces un dienām</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="334" />
        <source>Customer no., "VISA 1234" or item code</source>
        <translation>Pircēja nr., “VISA 1234” vai preces kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="335" />
        <source>Find the sale</source>
        <translation>Atrast pirkumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="336" />
        <source>No receipt number? Find the sale</source>
        <translation>Nav čeka numura? Atrodiet pirkumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="168" />
        <source>Looking for the sale…</source>
        <translation>Meklē pirkumu…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="187" />
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>Atrasti {n} pirkumi: izvēlieties vienu (Enter vai dubultklikšķis).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="189" />
        <source>No sale found: check what you typed and the days.</source>
        <translation>Pirkums nav atrasts: pārbaudiet ierakstīto un dienas.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="340" />
        <source>A few words about the reason</source>
        <translation>Daži vārdi par iemeslu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="341" />
        <source>Complete return</source>
        <translation>Pabeigt atgriešanu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="337" />
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="338" />
        <source>Receipt language</source>
        <translation>Čeka valoda</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="342" />
        <source>Manager approval</source>
        <translation>Vadītāja apstiprinājums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="343" />
        <source>Manager code</source>
        <translation>Vadītāja kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="344" />
        <source>Manager PIN</source>
        <translation>Vadītāja PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="345" />
        <source>Note (optional)</source>
        <translation>Piezīme (nav obligāta)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="346" />
        <source>Reprint</source>
        <translation>Drukāt vēlreiz</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="339" />
        <source>Recent returns</source>
        <translation>Nesenās atgriešanas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="323" />
        <source>Scan or type the item code, then Enter</source>
        <translation>Noskenējiet vai ierakstiet preces kodu, tad Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="327" />
        <source>No receipt</source>
        <translation>Bez čeka</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="348" />
        <location filename="../../pos_returns/ui/return_page.py" line="400" />
        <source>Choose a reason…</source>
        <translation>Izvēlieties iemeslu…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="450" />
        <source>Scan the receipt's barcode or type its number.</source>
        <translation>Noskenējiet čeka svītrkodu vai ierakstiet tā numuru.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="452" />
        <location filename="../../pos_returns/ui/return_page.py" line="519" />
        <source>Looking up {number}…</source>
        <translation>Meklē {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="487" />
        <source>Without a receipt: scan each item brought back</source>
        <translation>Bez čeka: noskenējiet katru atnesto preci</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="489" />
        <source>Scan the items one by one; each is priced at its lowest recent price.</source>
        <translation>Skenējiet preces pa vienai; katrai tiek ņemta tās zemākā nesenā cena.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="496" />
        <source>Scan the item's barcode or type its code.</source>
        <translation>Noskenējiet preces svītrkodu vai ierakstiet tās kodu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="528" />
        <source>Without a receipt; items scanned: {n} (scan the next one)</source>
        <translation>Bez čeka; noskenētas preces: {n} (skenējiet nākamo)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="534" />
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Čeks {number}, pārdots {when}; samaksāts ar {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="539" />
        <source>Pick what comes back, then a reason.</source>
        <translation>Izvēlieties, ko atdod, tad iemeslu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="541" />
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Neko no šī čeka tagad nevar atgriezt.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="547" />
        <source>Offline: checked against this store's records.</source>
        <translation>Bezsaistē: pārbaudīts pēc šī veikala datiem.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="588" />
        <source>Nothing picked.</source>
        <translation>Nekas nav izvēlēts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="631" />
        <source>Store credit: {amount}</source>
        <translation>Veikala kredīts: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="635" />
        <source>Restocking fees: {amount}</source>
        <translation>Apstrādes maksa: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="638" />
        <source>No money back: an exchange.</source>
        <translation>Nauda netiek atmaksāta: apmaiņa.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="646" />
        <source>Back to a refund</source>
        <translation>Atpakaļ uz atmaksu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="648" />
        <source>or {amount} store credit, {bonus} more</source>
        <translation>vai {amount} veikala kredītā, par {bonus} vairāk</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="684" />
        <location filename="../../pos_returns/ui/return_page.py" line="692" />
        <source>Working out the amounts…</source>
        <translation>Aprēķina summas…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="696" />
        <source>Pick the reason first.</source>
        <translation>Vispirms izvēlieties iemeslu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="701" />
        <source>A manager types their code and PIN to approve.</source>
        <translation>Vadītājs ieraksta savu kodu un PIN, lai apstiprinātu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="706" />
        <source>Completing…</source>
        <translation>Pabeidz…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="747" />
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Atgriešana {number} pabeigta. Čeks tiek drukāts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="781" />
        <source>Reprinting {number}…</source>
        <translation>Drukā {number} vēlreiz…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="799" />
        <source>. The copy waits in the print queue.</source>
        <translation>. Kopija gaida drukas rindā.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="801" />
        <source>{number}: copy printed.</source>
        <translation>{number}: kopija nodrukāta.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="169" />
        <source>The store</source>
        <translation>Veikals</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="173" />
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="174" />
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="201" />
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="175" />
        <source>Time zone</source>
        <translation>Laika josla</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="176" />
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="177" />
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="178" />
        <source>Receipt footer</source>
        <translation>Čeka kājene</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="179" />
        <source>Feedback address (QR code)</source>
        <translation>Atsauksmju adrese (QR kods)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="184" />
        <source>Save the store's details</source>
        <translation>Saglabāt veikala datus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="185" />
        <source>Return reasons, in the order the counter lists them</source>
        <translation>Atgriešanas iemesli kases secībā</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="187" />
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="187" />
        <source>Label</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="187" />
        <source>Asks for a note</source>
        <translation>Prasa piezīmi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="189" />
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="197" />
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="190" />
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="191" />
        <source>Save the reasons</source>
        <translation>Saglabāt iemeslus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="192" />
        <source>Registers and their printers</source>
        <translation>Kases un to printeri</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="194" />
        <source>Register</source>
        <translation>Kase</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="194" />
        <source>Printer (URL)</source>
        <translation>Printeris (URL)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="194" />
        <source>Model</source>
        <translation>Modelis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="196" />
        <source>New register, e.g. R4</source>
        <translation>Jauna kase, piem., R4</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="198" />
        <source>Save the printer</source>
        <translation>Saglabāt printeri</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="199" />
        <source>Print a test page</source>
        <translation>Drukāt testa lapu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="200" />
        <source>The chain's central database</source>
        <translation>Ķēdes centrālā datubāze</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="202" />
        <source>Store password</source>
        <translation>Veikala parole</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="204" />
        <source>Connect this register</source>
        <translation>Pieslēgt šo kasi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="280" />
        <source>Sync blocked: the central database refuses {n} records. The rest goes up; these are tried again at every sync.</source>
        <translation>Sinhronizācija bloķēta: centrālā datubāze noraida {n} ierakstus. Pārējais tiek nosūtīts; šos mēģina vēlreiz katrā sinhronizācijā.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="287" />
        <source>{kind} {label} ({tries} tries): {reason}</source>
        <translation>{kind} {label} ({tries} mēģinājumi): {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="322" />
        <source>The store's details are saved.</source>
        <translation>Veikala dati saglabāti.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="341" />
        <source>The reasons are saved; the counters list them from the next return.</source>
        <translation>Iemesli saglabāti; kases tos rāda no nākamās atgriešanas.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="349" />
        <source>Register added.</source>
        <translation>Kase pievienota.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="355" />
        <source>Choose a register first.</source>
        <translation>Vispirms izvēlieties kasi.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="376" />
        <source>Printer saved for {register}.</source>
        <translation>Printeris saglabāts kasei {register}.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="399" />
        <source>Test page sent to {register}'s printer.</source>
        <translation>Testa lapa nosūtīta kases {register} printerim.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="402" />
        <source>Printing a test page…</source>
        <translation>Drukā testa lapu…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="420" />
        <source>This register syncs with {url} from now on; the password: {where}.</source>
        <translation>Šī kase turpmāk sinhronizējas ar {url}; parole: {where}.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="87" />
        <source>Sign in to the returns counter</source>
        <translation>Pieslēgties atgriešanas kasei</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="88" />
        <source>Employee code</source>
        <translation>Darbinieka kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="89" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="90" />
        <source>Sign in</source>
        <translation>Pieslēgties</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="105" />
        <source>Demo store: the employees' codes and PINs are in {path}</source>
        <translation>Demonstrācijas veikals: darbinieku kodi un PIN ir failā {path}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="128" />
        <source>Type your employee code and PIN.</source>
        <translation>Ierakstiet savu darbinieka kodu un PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="131" />
        <source>Checking…</source>
        <translation>Pārbauda…</translation>
    </message>
</context>
</TS>