<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ApprovalBox</name>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="48"/>
        <source>Manager approval</source>
        <translation>Goedkeuring manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="49"/>
        <source>Manager code</source>
        <translation>Code manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="50"/>
        <source>Manager PIN</source>
        <translation>Pincode manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="51"/>
        <source>Note (optional)</source>
        <translation>Notitie (optioneel)</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="47"/>
        <source>pos-returns: back office</source>
        <translation>pos-returns: backoffice</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49"/>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49"/>
        <source>People</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
</context>
<context>
    <name>CentralBox</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="44"/>
        <source>The chain&apos;s central database</source>
        <translation>De centrale database van de keten</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="45"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="46"/>
        <source>Store password</source>
        <translation>Wachtwoord van de winkel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="48"/>
        <source>Connect this register</source>
        <translation>Deze kassa verbinden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="64"/>
        <source>Sync blocked: the central database refuses {n} records. The rest goes up; these are tried again at every sync.</source>
        <translation>Synchronisatie geblokkeerd: de centrale database weigert {n} records. De rest gaat door; deze worden bij elke synchronisatie opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="71"/>
        <source>{kind} {label} ({tries} tries): {reason}</source>
        <translation>{kind} {label} ({tries} pogingen): {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="96"/>
        <source>This register syncs with {url} from now on; the password: {where}.</source>
        <translation>Deze kassa synchroniseert voortaan met {url}; het wachtwoord: {where}.</translation>
    </message>
</context>
<context>
    <name>Completion</name>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="38"/>
        <location filename="../../pos_returns/ui/completion.py" line="46"/>
        <source>Working out the amounts…</source>
        <translation>Bedragen berekenen…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="50"/>
        <source>Pick the reason first.</source>
        <translation>Kies eerst de reden.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="55"/>
        <source>A manager types their code and PIN to approve.</source>
        <translation>Een manager typt code en pincode om goed te keuren.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="60"/>
        <source>Completing…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="99"/>
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Retour {number} afgerond. De bon wordt afgedrukt.</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="153"/>
        <source>pos-returns: returns counter</source>
        <translation>pos-returns: retourbalie</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="154"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="155"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="156"/>
        <source>Back office…</source>
        <translation>Backoffice…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="208"/>
        <source>The back office is for managers: a manager signs in to open it.</source>
        <translation>De backoffice is voor managers: een manager meldt zich aan om hem te openen.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="246"/>
        <source>Nobody signed in</source>
        <translation>Niemand aangemeld</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="248"/>
        <source>Signed in: {name}</source>
        <translation>Aangemeld: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="313"/>
        <source>preview only</source>
        <translation>alleen voorbeeld</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="315"/>
        <source>preview, kept as PDF files</source>
        <translation>voorbeeld, bewaard als pdf-bestanden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="318"/>
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="320"/>
        <source>Printer {printer}: {state}</source>
        <translation>Printer {printer}: {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="322"/>
        <source>{n} receipts waiting</source>
        <translation>{n} bonnen wachten</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="359"/>
        <source>Sync: not yet</source>
        <translation>Synchronisatie: nog niet</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="364"/>
        <source>Sync blocked: {refused} records refused (Back office › Settings), {n} waiting</source>
        <translation>Synchronisatie geblokkeerd: {refused} records geweigerd (Backoffice › Instellingen), {n} wachten</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="367"/>
        <source>Sync: online, last {when}, {n} waiting</source>
        <translation>Synchronisatie: online, laatst {when}, {n} wachten</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="369"/>
        <source>Sync: offline since {when}, {n} waiting</source>
        <translation>Synchronisatie: offline sinds {when}, {n} wachten</translation>
    </message>
</context>
<context>
    <name>CustomerIdForm</name>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="62"/>
        <source>Customer&apos;s ID document (the policy asks for it)</source>
        <translation>Identiteitsbewijs van de klant (het beleid vraagt erom)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="63"/>
        <source>ID card, passport or licence number</source>
        <translation>Nummer van id-kaart, paspoort of rijbewijs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="65"/>
        <source>Kept only as a code to count this customer&apos;s returns; never printed.</source>
        <translation>Alleen als code bewaard om de retouren van deze klant te tellen; nooit afgedrukt.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="128"/>
        <source>Employee code</source>
        <translation>Medewerkerscode</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="129"/>
        <source>Any outcome</source>
        <translation>Elke uitkomst</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="132"/>
        <source>Any reason</source>
        <translation>Elke reden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="133"/>
        <source>Manager approvals only</source>
        <translation>Alleen met goedkeuring van een manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="134"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="136"/>
        <source>Check the journal</source>
        <translation>Journaal controleren</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="137"/>
        <source>Conflicts: a line returned twice while apart</source>
        <translation>Conflicten: een regel twee keer teruggebracht terwijl offline</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="138"/>
        <source>Dealt with</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="182"/>
        <source>{n} returns found (newest first).</source>
        <translation>{n} retouren gevonden (nieuwste eerst).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="184"/>
        <source>No return matches these filters.</source>
        <translation>Geen retour past bij deze filters.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="211"/>
        <source>Manager: {approval}</source>
        <translation>Manager: {approval}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="229"/>
        <source>{number}: receipt {receipt} line {line}, {asked} asked, {left} left ({when}); it counted: {others}</source>
        <translation>{number}: bon {receipt} regel {line}, {asked} gevraagd, {left} over ({when}); meegeteld: {others}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="242"/>
        <source>No open conflicts.</source>
        <translation>Geen open conflicten.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="266"/>
        <source>The journal&apos;s {n} entries are intact.</source>
        <translation>De {n} regels van het journaal zijn intact.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="268"/>
        <source>The journal is broken: {problem}</source>
        <translation>Het journaal is beschadigd: {problem}</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="185"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="186"/>
        <source>Bought / back</source>
        <translation>Gekocht / terug</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="187"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="188"/>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="189"/>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="190"/>
        <source>Condition</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="243"/>
        <source>Everything on this line came back already.</source>
        <translation>Alles van deze regel is al teruggebracht.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="252"/>
        <location filename="../../pos_returns/ui/lines_model.py" line="304"/>
        <source>Override: refund</source>
        <translation>Uitzondering: terug</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="294"/>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="295"/>
        <source>Store credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="296"/>
        <source>Exchange</source>
        <translation>Ruil</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="297"/>
        <source>Not returnable</source>
        <translation>Geen retour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="298"/>
        <source>Needs manager</source>
        <translation>Manager nodig</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="299"/>
        <source>All returned</source>
        <translation>Alles terug</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="304"/>
        <source>Override</source>
        <translation>Uitzondering</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="308"/>
        <source>back to stock</source>
        <translation>terug in voorraad</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="309"/>
        <source>to damaged goods</source>
        <translation>naar beschadigde goederen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="310"/>
        <source>back to the vendor</source>
        <translation>terug naar leverancier</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="319"/>
        <source>Catalogue price {price} (not sold lately).</source>
        <translation>Catalogusprijs {price} (niet recent verkocht).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="320"/>
        <source>Lowest price of the last {n} days: {price}.</source>
        <translation>Laagste prijs van de laatste {n} dagen: {price}.</translation>
    </message>
</context>
<context>
    <name>LostReceiptFlow</name>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="146"/>
        <source>Looking for the sale…</source>
        <translation>Verkoop zoeken…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="158"/>
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>{n} verkopen gevonden: kies er een (Enter of dubbelklik).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="160"/>
        <source>No sale found: check what you typed and the days.</source>
        <translation>Geen verkoop gevonden: controleer wat u typte en de dagen.</translation>
    </message>
</context>
<context>
    <name>NoReceiptFlow</name>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="75"/>
        <source>Without a receipt: scan each item brought back</source>
        <translation>Zonder bon: scan elk teruggebracht artikel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="77"/>
        <source>Scan the items one by one; each is priced at its lowest recent price.</source>
        <translation>Scan de artikelen een voor een; elk krijgt zijn laagste recente prijs.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="91"/>
        <source>Scan the item&apos;s barcode or type its code.</source>
        <translation>Scan de streepjescode van het artikel of typ de code.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="113"/>
        <source>Looking up {number}…</source>
        <translation>{number} opzoeken…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="120"/>
        <source>Without a receipt; items scanned: {n} (scan the next one)</source>
        <translation>Zonder bon; gescande artikelen: {n} (scan het volgende)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="111"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="111"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="111"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="120"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="120"/>
        <source>deactivated</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="124"/>
        <source>cashier</source>
        <translation>kassamedewerker</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="125"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="126"/>
        <source>admin</source>
        <translation>beheerder</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="129"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="131"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="130"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="125"/>
        <source>Add an employee</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="132"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>Pincode (4 tot 12 cijfers)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="137"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="138"/>
        <source>The chosen employee</source>
        <translation>De gekozen medewerker</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="139"/>
        <source>Give this role</source>
        <translation>Deze rol geven</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="140"/>
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="141"/>
        <source>Set the new PIN</source>
        <translation>Nieuwe pincode instellen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="192"/>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="192"/>
        <source>Bring back</source>
        <translation>Heractiveren</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="214"/>
        <source>{name} can sign in now.</source>
        <translation>{name} kan zich nu aanmelden.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="229"/>
        <source>Role changed.</source>
        <translation>Rol gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="239"/>
        <source>New PIN set; the employee is unlocked.</source>
        <translation>Nieuwe pincode ingesteld; de medewerker is gedeblokkeerd.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="249"/>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="85"/>
        <source>Rules, tried in this order: the first that fits decides</source>
        <translation>Regels, in deze volgorde geprobeerd: de eerste die past beslist</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="87"/>
        <source>Add a rule</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="88"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="89"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="90"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="136"/>
        <source>Standard 30 days</source>
        <translation>Standaard 30 dagen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="137"/>
        <source>Generous 90 days</source>
        <translation>Ruim 90 dagen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="138"/>
        <source>Strict electronics</source>
        <translation>Strikt elektronica</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="142"/>
        <source>Start from this template</source>
        <translation>Begin met dit sjabloon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="143"/>
        <source>Import JSON…</source>
        <translation>JSON importeren…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="144"/>
        <source>Export JSON…</source>
        <translation>JSON exporteren…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="145"/>
        <source>Save draft</source>
        <translation>Concept opslaan</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="146"/>
        <source>Publish…</source>
        <translation>Publiceren…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="147"/>
        <source>What the check found</source>
        <translation>Wat de controle vond</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="148"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="175"/>
        <source>Started from a template: edit it, then publish.</source>
        <translation>Begonnen met een sjabloon: pas het aan en publiceer.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="196"/>
        <source>Not valid yet: {problem}</source>
        <translation>Nog niet geldig: {problem}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="201"/>
        <source>Every rule can decide something; no gaps.</source>
        <translation>Elke regel kan iets beslissen; geen gaten.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="210"/>
        <source>Customers will read nothing new.</source>
        <translation>Klanten lezen niets nieuws.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="217"/>
        <source>Rule “{rule}” can never match: its own conditions exclude each other.</source>
        <translation>Regel “{rule}” kan nooit passen: de eigen voorwaarden sluiten elkaar uit.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="221"/>
        <source>Rule “{rule}” never decides anything: earlier rules ({by}) decide all it covers.</source>
        <translation>Regel “{rule}” beslist nooit iets: eerdere regels ({by}) beslissen alles wat hij dekt.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="225"/>
        <source>{first} days or more</source>
        <translation>{first} dagen of meer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="227"/>
        <source>{first}–{last} days</source>
        <translation>{first}–{last} dagen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="231"/>
        <source>with a receipt</source>
        <translation>met bon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="231"/>
        <source>without a receipt</source>
        <translation>zonder bon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="234"/>
        <source>No rule for items returned {receipt}, {days} after purchase ({states}): “no rule fits” decides.</source>
        <translation>Geen regel voor artikelen teruggebracht {receipt}, {days} na aankoop ({states}): “geen regel past” beslist.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="241"/>
        <source>Type or scan a receipt number to try the draft on.</source>
        <translation>Typ of scan een bonnummer om het concept op te proberen.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="258"/>
        <source>Trying {number}…</source>
        <translation>{number} proberen…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="264"/>
        <source>Receipt {number}: the draft on the left, the published policy on the right.</source>
        <translation>Bon {number}: het concept links, het gepubliceerde beleid rechts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="278"/>
        <source>Draft saved.</source>
        <translation>Concept opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="297"/>
        <source>Version {version} published; the counters use it from its start.</source>
        <translation>Versie {version} gepubliceerd; de kassa’s gebruiken hem vanaf de start.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="308"/>
        <source>Import a policy</source>
        <translation>Beleid importeren</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="314"/>
        <source>Export the policy</source>
        <translation>Beleid exporteren</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="325"/>
        <source>Cannot read {file}: {why}</source>
        <translation>Kan {file} niet lezen: {why}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="333"/>
        <source>Imported {file}: check it, then publish.</source>
        <translation>{file} geïmporteerd: controleer en publiceer.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="344"/>
        <source>Cannot write {file}: {why}</source>
        <translation>Kan {file} niet schrijven: {why}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="350"/>
        <source>Exported to {file}.</source>
        <translation>Geëxporteerd naar {file}.</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="91"/>
        <source>For the whole policy</source>
        <translation>Voor het hele beleid</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="95"/>
        <source>Policy name</source>
        <translation>Naam van het beleid</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="96"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="97"/>
        <source>Store-credit bonus %</source>
        <translation>Bonus tegoedbon %</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="98"/>
        <source>Manager approves refunds over</source>
        <translation>Manager keurt terugbetalingen goed boven</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="99"/>
        <source>No receipt: lowest price of the last … days</source>
        <translation>Zonder bon: laagste prijs van de laatste … dagen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="100"/>
        <source>No receipt: ask for an ID</source>
        <translation>Zonder bon: vraag om een identiteitsbewijs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="101"/>
        <source>Returns per customer</source>
        <translation>Retouren per klant</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="102"/>
        <source>No rule fits</source>
        <translation>Geen regel past</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="103"/>
        <source>Seasonal windows</source>
        <translation>Seizoensperiodes</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="104"/>
        <source>Offline: returns per customer</source>
        <translation>Offline: retouren per klant</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="105"/>
        <source>Offline: refunds to a card</source>
        <translation>Offline: terugbetalingen op een kaart</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="106"/>
        <source>Offline: another store&apos;s receipt</source>
        <translation>Offline: bon van een andere winkel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="115"/>
        <source>count this store&apos;s returns</source>
        <translation>de retouren van deze winkel tellen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="116"/>
        <source>a manager approves</source>
        <translation>een manager keurt goed</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="119"/>
        <source>on the card terminal, as usual</source>
        <translation>op de betaalterminal, zoals gewoonlijk</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="120"/>
        <source>wait until online (or store credit)</source>
        <translation>wachten tot online (of tegoedbon)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="121"/>
        <source>give store credit</source>
        <translation>tegoedbon geven</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="124"/>
        <source>take the items back without a receipt</source>
        <translation>de artikelen terugnemen zonder bon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="125"/>
        <source>the customer comes back later</source>
        <translation>de klant komt later terug</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="131"/>
        <source>in days:</source>
        <translation>in dagen:</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="132"/>
        <source>e.g. 11-15..12-24 until 01-31; …</source>
        <translation>bv. 11-15..12-24 until 01-31; …</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="133"/>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../pos_returns/ui/common.py" line="49"/>
        <source>Printer offline: check cable and paper ({detail})</source>
        <translation>Printer offline: controleer kabel en papier ({detail})</translation>
    </message>
</context>
<context>
    <name>PublishBox</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="136"/>
        <source>Publish this policy?</source>
        <translation>Dit beleid publiceren?</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="137"/>
        <source>Not now, from</source>
        <translation>Niet nu, vanaf</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="138"/>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="139"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="143"/>
        <source>Customers will read:</source>
        <translation>Klanten lezen:</translation>
    </message>
</context>
<context>
    <name>ReasonsModel</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="227"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="227"/>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="227"/>
        <source>Asks for a note</source>
        <translation>Vraagt een toelichting</translation>
    </message>
</context>
<context>
    <name>ReceiptCopies</name>
    <message>
        <location filename="../../pos_returns/ui/receipt_copies.py" line="45"/>
        <source>Reprinting {number}…</source>
        <translation>{number} opnieuw afdrukken…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/receipt_copies.py" line="58"/>
        <source>. The copy waits in the print queue.</source>
        <translation>. De kopie wacht in de afdrukwachtrij.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/receipt_copies.py" line="60"/>
        <source>{number}: copy printed.</source>
        <translation>{number}: kopie afgedrukt.</translation>
    </message>
</context>
<context>
    <name>RecentReturns</name>
    <message>
        <location filename="../../pos_returns/ui/recent_returns.py" line="39"/>
        <source>Recent returns</source>
        <translation>Recente retouren</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/recent_returns.py" line="40"/>
        <source>Reprint</source>
        <translation>Opnieuw afdrukken</translation>
    </message>
</context>
<context>
    <name>RegistersModel</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="304"/>
        <source>Register</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="304"/>
        <source>Printer (URL)</source>
        <translation>Printer (URL)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="304"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
</context>
<context>
    <name>ReturnForm</name>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="126"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="127"/>
        <source>Receipt language</source>
        <translation>Taal van de bon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="128"/>
        <source>A few words about the reason</source>
        <translation>Een paar woorden over de reden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="132"/>
        <location filename="../../pos_returns/ui/return_form.py" line="145"/>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="165"/>
        <source>Store credit: {amount}</source>
        <translation>Tegoed: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="169"/>
        <source>Restocking fees: {amount}</source>
        <translation>Terugnamekosten: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="172"/>
        <source>No money back: an exchange.</source>
        <translation>Geen geld terug: een ruil.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="180"/>
        <source>Back to a refund</source>
        <translation>Terug naar terugbetaling</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="182"/>
        <source>or {amount} store credit, {bonus} more</source>
        <translation>of {amount} tegoed, {bonus} meer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="193"/>
        <source>Nothing picked.</source>
        <translation>Niets gekozen.</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="172"/>
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Scan of typ het bonnummer, dan Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="178"/>
        <source>Complete return</source>
        <translation>Retour afronden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="170"/>
        <source>Scan or type the item code, then Enter</source>
        <translation>Scan of typ de artikelcode, dan Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="250"/>
        <source>Scan the receipt&apos;s barcode or type its number.</source>
        <translation>Scan de streepjescode van de bon of typ het nummer.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="252"/>
        <source>Looking up {number}…</source>
        <translation>{number} opzoeken…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="281"/>
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Bon {number}, verkocht {when}; betaald met {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="286"/>
        <source>Pick what comes back, then a reason.</source>
        <translation>Kies wat terugkomt, dan een reden.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="288"/>
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Niets op deze bon kan nu worden teruggebracht.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="294"/>
        <source>Offline: checked against this store&apos;s records.</source>
        <translation>Offline: gecontroleerd met de gegevens van deze winkel.</translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="161"/>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="162"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="163"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="164"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="165"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="166"/>
        <source>Money back</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="167"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="172"/>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="173"/>
        <source>Store credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="174"/>
        <source>Exchange</source>
        <translation>Ruil</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="175"/>
        <source>Not returnable</source>
        <translation>Geen retour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="192"/>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="192"/>
        <source>overrode</source>
        <translation>uitzondering</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="98"/>
        <source>The chosen rule</source>
        <translation>De gekozen regel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="102"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="103"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="104"/>
        <source>Any of the tags</source>
        <translation>Een van de labels</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="105"/>
        <source>Condition</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="106"/>
        <source>Receipt</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="107"/>
        <source>Days after purchase</source>
        <translation>Dagen na aankoop</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="108"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="109"/>
        <source>Restocking fee %</source>
        <translation>Herbevoorradingskosten %</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="110"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="116"/>
        <source>any (or a comma-separated list)</source>
        <translation>alle (of een lijst met komma’s)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="120"/>
        <source>with or without</source>
        <translation>met of zonder</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="120"/>
        <source>with</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="120"/>
        <source>without</source>
        <translation>zonder</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="123"/>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="124"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="127"/>
        <source>a manager approves</source>
        <translation>een manager keurt goed</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="131"/>
        <source>unopened</source>
        <translation>ongeopend</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="132"/>
        <source>opened</source>
        <translation>geopend</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="133"/>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="134"/>
        <source>defective</source>
        <translation>defect</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="139"/>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="140"/>
        <source>Store credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="141"/>
        <source>Exchange</source>
        <translation>Ruil</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="142"/>
        <source>Not returnable</source>
        <translation>Geen retour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="198"/>
        <source>with receipt</source>
        <translation>met bon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="200"/>
        <source>no receipt</source>
        <translation>zonder bon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="204"/>
        <source>days {low}–{high}</source>
        <translation>dagen {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="208"/>
        <source>always</source>
        <translation>altijd</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/rules_model.py" line="39"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rules_model.py" line="39"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rules_model.py" line="39"/>
        <source>Then</source>
        <translation>Dan</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="73"/>
        <source>No receipt</source>
        <translation>Geen bon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="75"/>
        <source>by customer</source>
        <translation>op klant</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="75"/>
        <source>by card and day</source>
        <translation>op kaart en dag</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="75"/>
        <source>by item and days</source>
        <translation>op artikel en dagen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="78"/>
        <source>Customer no., &quot;VISA 1234&quot; or item code</source>
        <translation>Klantnr., &quot;VISA 1234&quot; of artikelcode</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="79"/>
        <source>Find the sale</source>
        <translation>Zoek de verkoop</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="80"/>
        <source>No receipt number? Find the sale</source>
        <translation>Geen bonnummer? Zoek de verkoop</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="156"/>
        <source>The store</source>
        <translation>De winkel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="160"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="161"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="162"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="163"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="164"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="165"/>
        <source>Receipt footer</source>
        <translation>Voettekst van de bon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="166"/>
        <source>Feedback address (QR code)</source>
        <translation>Feedbackadres (QR-code)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="171"/>
        <source>Save the store&apos;s details</source>
        <translation>Winkelgegevens opslaan</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="172"/>
        <source>Return reasons, in the order the counter lists them</source>
        <translation>Retourredenen, in de volgorde van de kassa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="174"/>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="180"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="175"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="176"/>
        <source>Save the reasons</source>
        <translation>Redenen opslaan</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="177"/>
        <source>Registers and their printers</source>
        <translation>Kassa’s en hun printers</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="179"/>
        <source>New register, e.g. R4</source>
        <translation>Nieuwe kassa, bv. R4</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="181"/>
        <source>Save the printer</source>
        <translation>Printer opslaan</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="182"/>
        <source>Print a test page</source>
        <translation>Testpagina afdrukken</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="252"/>
        <source>The store&apos;s details are saved.</source>
        <translation>De winkelgegevens zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="259"/>
        <source>The reasons are saved; the counters list them from the next return.</source>
        <translation>De redenen zijn opgeslagen; de kassa’s tonen ze vanaf de volgende retour.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="267"/>
        <source>Register added.</source>
        <translation>Kassa toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="273"/>
        <source>Choose a register first.</source>
        <translation>Kies eerst een kassa.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="296"/>
        <source>Printer saved for {register}.</source>
        <translation>Printer opgeslagen voor {register}.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="317"/>
        <source>Test page sent to {register}&apos;s printer.</source>
        <translation>Testpagina naar de printer van {register} gestuurd.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="320"/>
        <source>Printing a test page…</source>
        <translation>Testpagina wordt afgedrukt…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="86"/>
        <source>Sign in to the returns counter</source>
        <translation>Aanmelden bij de retourbalie</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="87"/>
        <source>Employee code</source>
        <translation>Medewerkerscode</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="88"/>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="89"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="104"/>
        <source>Demo store: the employees&apos; codes and PINs are in {path}</source>
        <translation>Demowinkel: de codes en pincodes van de medewerkers staan in {path}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="127"/>
        <source>Type your employee code and PIN.</source>
        <translation>Typ uw medewerkerscode en pincode.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="130"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
</context>
<context>
    <name>WhatIfBox</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="63"/>
        <source>What if: the draft beside the published policy</source>
        <translation>Wat als: het concept naast het gepubliceerde beleid</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="64"/>
        <source>Receipt number</source>
        <translation>Bonnummer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="70"/>
        <source>Try</source>
        <translation>Proberen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="80"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="82"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="98"/>
        <source>Total: {amount}</source>
        <translation>Totaal: {amount}</translation>
    </message>
</context>
</TS>
