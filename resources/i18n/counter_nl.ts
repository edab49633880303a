<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="961" />
        <source>pos-returns: returns counter</source>
        <translation>pos-returns: retourbalie</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="962" />
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="963" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="989" />
        <source>Nobody signed in</source>
        <translation>Niemand aangemeld</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="991" />
        <source>Signed in: {name}</source>
        <translation>Aangemeld: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1050" />
        <source>preview only</source>
        <translation>alleen voorbeeld</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1051" />
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1053" />
        <source>Printer {printer}: {state}</source>
        <translation>Printer {printer}: {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1055" />
        <source>{n} receipts waiting</source>
        <translation>{n} bonnen wachten</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="230" />
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Scan of typ het bonnummer, dan Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="246" />
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="247" />
        <source>Bought / back</source>
        <translation>Gekocht / terug</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="248" />
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="249" />
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="250" />
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="251" />
        <source>Condition</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="286" />
        <source>by customer</source>
        <translation>op klant</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="287" />
        <source>by card and day</source>
        <translation>op kaart en dag</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="288" />
        <source>by item and days</source>
        <translation>op artikel en dagen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="290" />
        <source>Customer no., "VISA 1234" or item code</source>
        <translation>Klantnr., "VISA 1234" of artikelcode</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="297" />
        <source>Find the sale</source>
        <translation>Zoek de verkoop</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="300" />
        <source>No receipt number? Find the sale</source>
        <translation>Geen bonnummer? Zoek de verkoop</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="319" />
        <source>Looking for the sale…</source>
        <translation>Verkoop zoeken…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="337" />
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>{n} verkopen gevonden: kies er een (Enter of dubbelklik).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="339" />
        <source>No sale found: check what you typed and the days.</source>
        <translation>Geen verkoop gevonden: controleer wat u typte en de dagen.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="359" />
        <source>A few words about the reason</source>
        <translation>Een paar woorden over de reden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="376" />
        <source>Complete return</source>
        <translation>Retour afronden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="399" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="402" />
        <source>Receipt language</source>
        <translation>Taal van de bon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="419" />
        <source>Manager approval</source>
        <translation>Goedkeuring manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="423" />
        <source>Manager code</source>
        <translation>Code manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="425" />
        <source>Manager PIN</source>
        <translation>Pincode manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="428" />
        <source>Note (optional)</source>
        <translation>Notitie (optioneel)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="444" />
        <source>Reprint</source>
        <translation>Opnieuw afdrukken</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="448" />
        <source>Recent returns</source>
        <translation>Recente retouren</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="479" />
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="504" />
        <source>Scan the receipt's barcode or type its number.</source>
        <translation>Scan de streepjescode van de bon of typ het nummer.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="506" />
        <source>Looking up {number}…</source>
        <translation>{number} opzoeken…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="521" />
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Bon {number}, verkocht {when}; betaald met {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="526" />
        <source>Pick what comes back, then a reason.</source>
        <translation>Kies wat terugkomt, dan een reden.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="528" />
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Niets op deze bon kan nu worden teruggebracht.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="548" />
        <source>Everything on this line came back already.</source>
        <translation>Alles van deze regel is al teruggebracht.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="598" />
        <source>Override</source>
        <translation>Uitzondering</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="615" />
        <source>back to stock</source>
        <translation>terug in voorraad</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="616" />
        <source>to damaged goods</source>
        <translation>naar beschadigde goederen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="617" />
        <source>back to the vendor</source>
        <translation>terug naar leverancier</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="644" />
        <source>Override: refund</source>
        <translation>Uitzondering: terug</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="652" />
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="653" />
        <source>Store credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="654" />
        <source>Exchange</source>
        <translation>Ruil</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="655" />
        <source>Not returnable</source>
        <translation>Geen retour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="656" />
        <source>Needs manager</source>
        <translation>Manager nodig</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="657" />
        <source>All returned</source>
        <translation>Alles terug</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="693" />
        <source>Nothing picked.</source>
        <translation>Niets gekozen.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="731" />
        <source>Store credit: {amount}</source>
        <translation>Tegoed: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="735" />
        <source>Restocking fees: {amount}</source>
        <translation>Terugnamekosten: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="738" />
        <source>No money back: an exchange.</source>
        <translation>Geen geld terug: een ruil.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="744" />
        <source>Back to a refund</source>
        <translation>Terug naar terugbetaling</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="746" />
        <source>or {amount} store credit, {bonus} more</source>
        <translation>of {amount} tegoed, {bonus} meer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="776" />
        <source>Pick the reason first.</source>
        <translation>Kies eerst de reden.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="781" />
        <source>A manager types their code and PIN to approve.</source>
        <translation>Een manager typt code en pincode om goed te keuren.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="785" />
        <source>Completing…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="824" />
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Retour {number} afgerond. De bon wordt afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="858" />
        <source>Reprinting {number}…</source>
        <translation>{number} opnieuw afdrukken…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="876" />
        <source>. The copy waits in the print queue.</source>
        <translation>. De kopie wacht in de afdrukwachtrij.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="878" />
        <source>{number}: copy printed.</source>
        <translation>{number}: kopie afgedrukt.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="111" />
        <source>Sign in to the returns counter</source>
        <translation>Aanmelden bij de retourbalie</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="115" />
        <source>Employee code</source>
        <translation>Medewerkerscode</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="117" />
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="124" />
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="173" />
        <source>Type your employee code and PIN.</source>
        <translation>Typ uw medewerkerscode en pincode.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="176" />
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
</context>
</TS>