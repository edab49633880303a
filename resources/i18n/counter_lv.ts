<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="116" />
        <source>pos-returns: returns counter</source>
        <translation>pos-returns: atgriešanas kase</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="117" />
        <source>Sign out</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="118" />
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="157" />
        <source>Nobody signed in</source>
        <translation>Neviens nav pieslēdzies</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="159" />
        <source>Signed in: {name}</source>
        <translation>Pieslēdzies: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="214" />
        <source>preview only</source>
        <translation>tikai priekšskatījums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="216" />
        <source>preview, kept as PDF files</source>
        <translation>priekšskatījums, glabāts PDF failos</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="219" />
        <source>ready</source>
        <translation>gatavs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="221" />
        <source>Printer {printer}: {state}</source>
        <translation>Printeris {printer}: {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="223" />
        <source>{n} receipts waiting</source>
        <translation>{n} čeki gaida</translation>
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
    <name>LinesTable</name>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="70" />
        <source>Item</source>
        <translation>Prece</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="71" />
        <source>Bought / back</source>
        <translation>Pirkts / atd.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="72" />
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="73" />
        <source>Policy</source>
        <translation>Noteikumi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="74" />
        <source>Qty</source>
        <translation>Daudz.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="75" />
        <source>Condition</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="149" />
        <source>Everything on this line came back already.</source>
        <translation>Viss šajā rindā jau ir atgriezts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="178" />
        <source>Catalogue price {price} (not sold lately).</source>
        <translation>Kataloga cena {price} (nesen nav pārdots).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="179" />
        <source>Lowest price of the last {n} days: {price}.</source>
        <translation>Zemākā cena pēdējo {n} dienu laikā: {price}.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="190" />
        <location filename="../../pos_returns/ui/lines.py" line="277" />
        <source>Override: refund</source>
        <translation>Izņēmums: atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="231" />
        <source>Override</source>
        <translation>Izņēmums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="248" />
        <source>back to stock</source>
        <translation>atpakaļ noliktavā</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="249" />
        <source>to damaged goods</source>
        <translation>uz bojātām precēm</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="250" />
        <source>back to the vendor</source>
        <translation>atpakaļ piegādātājam</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="284" />
        <source>Refund</source>
        <translation>Atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="285" />
        <source>Store credit</source>
        <translation>Veikala kredīts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="286" />
        <source>Exchange</source>
        <translation>Apmaiņa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="287" />
        <source>Not returnable</source>
        <translation>Neatgriežams</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="288" />
        <source>Needs manager</source>
        <translation>Vajag vadītāju</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="289" />
        <source>All returned</source>
        <translation>Viss atgriezts</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="322" />
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Noskenējiet vai ierakstiet čeka numuru, tad Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="328" />
        <source>by customer</source>
        <translation>pēc pircēja</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="328" />
        <source>by card and day</source>
        <translation>pēc kartes un dienas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="328" />
        <source>by item and days</source>
        <translation>pēc preces un dienām</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="331" />
        <source>Customer no., "VISA 1234" or item code</source>
        <translation>Pircēja nr., “VISA 1234” vai preces kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="332" />
        <source>Find the sale</source>
        <translation>Atrast pirkumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="333" />
        <source>No receipt number? Find the sale</source>
        <translation>Nav čeka numura? Atrodiet pirkumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="171" />
        <source>Looking for the sale…</source>
        <translation>Meklē pirkumu…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="190" />
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>Atrasti {n} pirkumi: izvēlieties vienu (Enter vai dubultklikšķis).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="192" />
        <source>No sale found: check what you typed and the days.</source>
        <translation>Pirkums nav atrasts: pārbaudiet ierakstīto un dienas.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="337" />
        <source>A few words about the reason</source>
        <translation>Daži vārdi par iemeslu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="338" />
        <source>Complete return</source>
        <translation>Pabeigt atgriešanu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="334" />
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="335" />
        <source>Receipt language</source>
        <translation>Čeka valoda</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="339" />
        <source>Manager approval</source>
        <translation>Vadītāja apstiprinājums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="340" />
        <source>Manager code</source>
        <translation>Vadītāja kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="341" />
        <source>Manager PIN</source>
        <translation>Vadītāja PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="342" />
        <source>Note (optional)</source>
        <translation>Piezīme (nav obligāta)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="343" />
        <source>Reprint</source>
        <translation>Drukāt vēlreiz</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="336" />
        <source>Recent returns</source>
        <translation>Nesenās atgriešanas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="320" />
        <source>Scan or type the item code, then Enter</source>
        <translation>Noskenējiet vai ierakstiet preces kodu, tad Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="324" />
        <source>No receipt</source>
        <translation>Bez čeka</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="345" />
        <location filename="../../pos_returns/ui/return_page.py" line="394" />
        <source>Choose a reason…</source>
        <translation>Izvēlieties iemeslu…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="443" />
        <source>Scan the receipt's barcode or type its number.</source>
        <translation>Noskenējiet čeka svītrkodu vai ierakstiet tā numuru.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="445" />
        <location filename="../../pos_returns/ui/return_page.py" line="503" />
        <source>Looking up {number}…</source>
        <translation>Meklē {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="471" />
        <source>Without a receipt: scan each item brought back</source>
        <translation>Bez čeka: noskenējiet katru atnesto preci</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="473" />
        <source>Scan the items one by one; each is priced at its lowest recent price.</source>
        <translation>Skenējiet preces pa vienai; katrai tiek ņemta tās zemākā nesenā cena.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="480" />
        <source>Scan the item's barcode or type its code.</source>
        <translation>Noskenējiet preces svītrkodu vai ierakstiet tās kodu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="512" />
        <source>Without a receipt; items scanned: {n} (scan the next one)</source>
        <translation>Bez čeka; noskenētas preces: {n} (skenējiet nākamo)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="518" />
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Čeks {number}, pārdots {when}; samaksāts ar {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="523" />
        <source>Pick what comes back, then a reason.</source>
        <translation>Izvēlieties, ko atdod, tad iemeslu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="525" />
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Neko no šī čeka tagad nevar atgriezt.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="562" />
        <source>Nothing picked.</source>
        <translation>Nekas nav izvēlēts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="601" />
        <source>Store credit: {amount}</source>
        <translation>Veikala kredīts: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="605" />
        <source>Restocking fees: {amount}</source>
        <translation>Apstrādes maksa: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="608" />
        <source>No money back: an exchange.</source>
        <translation>Nauda netiek atmaksāta: apmaiņa.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="614" />
        <source>Back to a refund</source>
        <translation>Atpakaļ uz atmaksu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="616" />
        <source>or {amount} store credit, {bonus} more</source>
        <translation>vai {amount} veikala kredītā, par {bonus} vairāk</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="650" />
        <location filename="../../pos_returns/ui/return_page.py" line="658" />
        <source>Working out the amounts…</source>
        <translation>Aprēķina summas…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="662" />
        <source>Pick the reason first.</source>
        <translation>Vispirms izvēlieties iemeslu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="667" />
        <source>A manager types their code and PIN to approve.</source>
        <translation>Vadītājs ieraksta savu kodu un PIN, lai apstiprinātu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="672" />
        <source>Completing…</source>
        <translation>Pabeidz…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="714" />
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Atgriešana {number} pabeigta. Čeks tiek drukāts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="748" />
        <source>Reprinting {number}…</source>
        <translation>Drukā {number} vēlreiz…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="766" />
        <source>. The copy waits in the print queue.</source>
        <translation>. Kopija gaida drukas rindā.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="768" />
        <source>{number}: copy printed.</source>
        <translation>{number}: kopija nodrukāta.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="75" />
        <source>Sign in to the returns counter</source>
        <translation>Pieslēgties atgriešanas kasei</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="76" />
        <source>Employee code</source>
        <translation>Darbinieka kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="77" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="78" />
        <source>Sign in</source>
        <translation>Pieslēgties</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="105" />
        <source>Type your employee code and PIN.</source>
        <translation>Ierakstiet savu darbinieka kodu un PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="108" />
        <source>Checking…</source>
        <translation>Pārbauda…</translation>
    </message>
</context>
</TS>