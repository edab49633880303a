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
        <location filename="../../pos_returns/ui/counter.py" line="213" />
        <source>preview only</source>
        <translation>tikai priekšskatījums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="214" />
        <source>ready</source>
        <translation>gatavs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="216" />
        <source>Printer {printer}: {state}</source>
        <translation>Printeris {printer}: {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="218" />
        <source>{n} receipts waiting</source>
        <translation>{n} čeki gaida</translation>
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
        <location filename="../../pos_returns/ui/lines.py" line="176" />
        <location filename="../../pos_returns/ui/lines.py" line="263" />
        <source>Override: refund</source>
        <translation>Izņēmums: atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="217" />
        <source>Override</source>
        <translation>Izņēmums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="234" />
        <source>back to stock</source>
        <translation>atpakaļ noliktavā</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="235" />
        <source>to damaged goods</source>
        <translation>uz bojātām precēm</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="236" />
        <source>back to the vendor</source>
        <translation>atpakaļ piegādātājam</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="270" />
        <source>Refund</source>
        <translation>Atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="271" />
        <source>Store credit</source>
        <translation>Veikala kredīts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="272" />
        <source>Exchange</source>
        <translation>Apmaiņa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="273" />
        <source>Not returnable</source>
        <translation>Neatgriežams</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="274" />
        <source>Needs manager</source>
        <translation>Vajag vadītāju</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="275" />
        <source>All returned</source>
        <translation>Viss atgriezts</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="304" />
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Noskenējiet vai ierakstiet čeka numuru, tad Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="307" />
        <source>by customer</source>
        <translation>pēc pircēja</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="307" />
        <source>by card and day</source>
        <translation>pēc kartes un dienas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="307" />
        <source>by item and days</source>
        <translation>pēc preces un dienām</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="310" />
        <source>Customer no., "VISA 1234" or item code</source>
        <translation>Pircēja nr., “VISA 1234” vai preces kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="311" />
        <source>Find the sale</source>
        <translation>Atrast pirkumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="312" />
        <source>No receipt number? Find the sale</source>
        <translation>Nav čeka numura? Atrodiet pirkumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="159" />
        <source>Looking for the sale…</source>
        <translation>Meklē pirkumu…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="178" />
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>Atrasti {n} pirkumi: izvēlieties vienu (Enter vai dubultklikšķis).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="180" />
        <source>No sale found: check what you typed and the days.</source>
        <translation>Pirkums nav atrasts: pārbaudiet ierakstīto un dienas.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="316" />
        <source>A few words about the reason</source>
        <translation>Daži vārdi par iemeslu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="317" />
        <source>Complete return</source>
        <translation>Pabeigt atgriešanu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="313" />
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="314" />
        <source>Receipt language</source>
        <translation>Čeka valoda</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="318" />
        <source>Manager approval</source>
        <translation>Vadītāja apstiprinājums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="319" />
        <source>Manager code</source>
        <translation>Vadītāja kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="320" />
        <source>Manager PIN</source>
        <translation>Vadītāja PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="321" />
        <source>Note (optional)</source>
        <translation>Piezīme (nav obligāta)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="322" />
        <source>Reprint</source>
        <translation>Drukāt vēlreiz</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="315" />
        <source>Recent returns</source>
        <translation>Nesenās atgriešanas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="324" />
        <location filename="../../pos_returns/ui/return_page.py" line="371" />
        <source>Choose a reason…</source>
        <translation>Izvēlieties iemeslu…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="409" />
        <source>Scan the receipt's barcode or type its number.</source>
        <translation>Noskenējiet čeka svītrkodu vai ierakstiet tā numuru.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="411" />
        <source>Looking up {number}…</source>
        <translation>Meklē {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="427" />
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Čeks {number}, pārdots {when}; samaksāts ar {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="432" />
        <source>Pick what comes back, then a reason.</source>
        <translation>Izvēlieties, ko atdod, tad iemeslu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="434" />
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Neko no šī čeka tagad nevar atgriezt.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="459" />
        <source>Nothing picked.</source>
        <translation>Nekas nav izvēlēts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="497" />
        <source>Store credit: {amount}</source>
        <translation>Veikala kredīts: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="501" />
        <source>Restocking fees: {amount}</source>
        <translation>Apstrādes maksa: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="504" />
        <source>No money back: an exchange.</source>
        <translation>Nauda netiek atmaksāta: apmaiņa.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="510" />
        <source>Back to a refund</source>
        <translation>Atpakaļ uz atmaksu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="512" />
        <source>or {amount} store credit, {bonus} more</source>
        <translation>vai {amount} veikala kredītā, par {bonus} vairāk</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="546" />
        <source>Working out the amounts…</source>
        <translation>Aprēķina summas…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="552" />
        <source>Pick the reason first.</source>
        <translation>Vispirms izvēlieties iemeslu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="557" />
        <source>A manager types their code and PIN to approve.</source>
        <translation>Vadītājs ieraksta savu kodu un PIN, lai apstiprinātu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="562" />
        <source>Completing…</source>
        <translation>Pabeidz…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="604" />
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Atgriešana {number} pabeigta. Čeks tiek drukāts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="638" />
        <source>Reprinting {number}…</source>
        <translation>Drukā {number} vēlreiz…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="656" />
        <source>. The copy waits in the print queue.</source>
        <translation>. Kopija gaida drukas rindā.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="658" />
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