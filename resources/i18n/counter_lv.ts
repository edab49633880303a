<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="961" />
        <source>pos-returns: returns counter</source>
        <translation>pos-returns: atgriešanas kase</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="962" />
        <source>Sign out</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="963" />
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="989" />
        <source>Nobody signed in</source>
        <translation>Neviens nav pieslēdzies</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="991" />
        <source>Signed in: {name}</source>
        <translation>Pieslēdzies: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1050" />
        <source>preview only</source>
        <translation>tikai priekšskatījums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1051" />
        <source>ready</source>
        <translation>gatavs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1053" />
        <source>Printer {printer}: {state}</source>
        <translation>Printeris {printer}: {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1055" />
        <source>{n} receipts waiting</source>
        <translation>{n} čeki gaida</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="230" />
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Noskenējiet vai ierakstiet čeka numuru, tad Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="246" />
        <source>Item</source>
        <translation>Prece</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="247" />
        <source>Bought / back</source>
        <translation>Pirkts / atd.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="248" />
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="249" />
        <source>Policy</source>
        <translation>Noteikumi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="250" />
        <source>Qty</source>
        <translation>Daudz.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="251" />
        <source>Condition</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="286" />
        <source>by customer</source>
        <translation>pēc pircēja</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="287" />
        <source>by card and day</source>
        <translation>pēc kartes un dienas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="288" />
        <source>by item and days</source>
        <translation>pēc preces un dienām</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="290" />
        <source>Customer no., "VISA 1234" or item code</source>
        <translation>Pircēja nr., “VISA 1234” vai preces kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="297" />
        <source>Find the sale</source>
        <translation>Atrast pirkumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="300" />
        <source>No receipt number? Find the sale</source>
        <translation>Nav čeka numura? Atrodiet pirkumu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="319" />
        <source>Looking for the sale…</source>
        <translation>Meklē pirkumu…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="337" />
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>Atrasti {n} pirkumi: izvēlieties vienu (Enter vai dubultklikšķis).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="339" />
        <source>No sale found: check what you typed and the days.</source>
        <translation>Pirkums nav atrasts: pārbaudiet ierakstīto un dienas.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="359" />
        <source>A few words about the reason</source>
        <translation>Daži vārdi par iemeslu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="376" />
        <source>Complete return</source>
        <translation>Pabeigt atgriešanu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="399" />
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="402" />
        <source>Receipt language</source>
        <translation>Čeka valoda</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="419" />
        <source>Manager approval</source>
        <translation>Vadītāja apstiprinājums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="423" />
        <source>Manager code</source>
        <translation>Vadītāja kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="425" />
        <source>Manager PIN</source>
        <translation>Vadītāja PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="428" />
        <source>Note (optional)</source>
        <translation>Piezīme (nav obligāta)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="444" />
        <source>Reprint</source>
        <translation>Drukāt vēlreiz</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="448" />
        <source>Recent returns</source>
        <translation>Nesenās atgriešanas</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="479" />
        <source>Choose a reason…</source>
        <translation>Izvēlieties iemeslu…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="504" />
        <source>Scan the receipt's barcode or type its number.</source>
        <translation>Noskenējiet čeka svītrkodu vai ierakstiet tā numuru.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="506" />
        <source>Looking up {number}…</source>
        <translation>Meklē {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="521" />
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Čeks {number}, pārdots {when}; samaksāts ar {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="526" />
        <source>Pick what comes back, then a reason.</source>
        <translation>Izvēlieties, ko atdod, tad iemeslu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="528" />
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Neko no šī čeka tagad nevar atgriezt.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="548" />
        <source>Everything on this line came back already.</source>
        <translation>Viss šajā rindā jau ir atgriezts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="598" />
        <source>Override</source>
        <translation>Izņēmums</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="615" />
        <source>back to stock</source>
        <translation>atpakaļ noliktavā</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="616" />
        <source>to damaged goods</source>
        <translation>uz bojātām precēm</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="617" />
        <source>back to the vendor</source>
        <translation>atpakaļ piegādātājam</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="644" />
        <source>Override: refund</source>
        <translation>Izņēmums: atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="652" />
        <source>Refund</source>
        <translation>Atmaksa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="653" />
        <source>Store credit</source>
        <translation>Veikala kredīts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="654" />
        <source>Exchange</source>
        <translation>Apmaiņa</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="655" />
        <source>Not returnable</source>
        <translation>Neatgriežams</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="656" />
        <source>Needs manager</source>
        <translation>Vajag vadītāju</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="657" />
        <source>All returned</source>
        <translation>Viss atgriezts</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="693" />
        <source>Nothing picked.</source>
        <translation>Nekas nav izvēlēts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="731" />
        <source>Store credit: {amount}</source>
        <translation>Veikala kredīts: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="735" />
        <source>Restocking fees: {amount}</source>
        <translation>Apstrādes maksa: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="738" />
        <source>No money back: an exchange.</source>
        <translation>Nauda netiek atmaksāta: apmaiņa.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="744" />
        <source>Back to a refund</source>
        <translation>Atpakaļ uz atmaksu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="746" />
        <source>or {amount} store credit, {bonus} more</source>
        <translation>vai {amount} veikala kredītā, par {bonus} vairāk</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="776" />
        <source>Pick the reason first.</source>
        <translation>Vispirms izvēlieties iemeslu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="781" />
        <source>A manager types their code and PIN to approve.</source>
        <translation>Vadītājs ieraksta savu kodu un PIN, lai apstiprinātu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="785" />
        <source>Completing…</source>
        <translation>Pabeidz…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="824" />
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Atgriešana {number} pabeigta. Čeks tiek drukāts.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="858" />
        <source>Reprinting {number}…</source>
        <translation>Drukā {number} vēlreiz…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="876" />
        <source>. The copy waits in the print queue.</source>
        <translation>. Kopija gaida drukas rindā.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="878" />
        <source>{number}: copy printed.</source>
        <translation>{number}: kopija nodrukāta.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="111" />
        <source>Sign in to the returns counter</source>
        <translation>Pieslēgties atgriešanas kasei</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="115" />
        <source>Employee code</source>
        <translation>Darbinieka kods</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="117" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="124" />
        <source>Sign in</source>
        <translation>Pieslēgties</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="173" />
        <source>Type your employee code and PIN.</source>
        <translation>Ierakstiet savu darbinieka kodu un PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="176" />
        <source>Checking…</source>
        <translation>Pārbauda…</translation>
    </message>
</context>
</TS>