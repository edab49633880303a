<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="116" />
        <source>pos-returns: returns counter</source>
        <translation>pos-returns: retourbalie</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="117" />
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="118" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="157" />
        <source>Nobody signed in</source>
        <translation>Niemand aangemeld</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="159" />
        <source>Signed in: {name}</source>
        <translation>Aangemeld: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="214" />
        <source>preview only</source>
        <translation>alleen voorbeeld</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="216" />
        <source>preview, kept as PDF files</source>
        <translation>voorbeeld, bewaard als pdf-bestanden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="219" />
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="221" />
        <source>Printer {printer}: {state}</source>
        <translation>Printer {printer}: {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="223" />
        <source>{n} receipts waiting</source>
        <translation>{n} bonnen wachten</translation>
    </message>
</context>
<context>
    <name>CustomerIdForm</name>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="61" />
        <source>Customer's ID document (the policy asks for it)</source>
        <translation>Identiteitsbewijs van de klant (het beleid vraagt erom)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="62" />
        <source>ID card, passport or licence number</source>
        <translation>Nummer van id-kaart, paspoort of rijbewijs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="64" />
        <source>Kept only as a code to count this customer's returns; never printed.</source>
        <translation>Alleen als code bewaard om de retouren van deze klant te tellen; nooit afgedrukt.</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="70" />
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="71" />
        <source>Bought / back</source>
        <translation>Gekocht / terug</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="72" />
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="73" />
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="74" />
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="75" />
        <source>Condition</source>
        <translation>Staat</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="149" />
        <source>Everything on this line came back already.</source>
        <translation>Alles van deze regel is al teruggebracht.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="178" />
        <source>Catalogue price {price} (not sold lately).</source>
        <translation>Catalogusprijs {price} (niet recent verkocht).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="179" />
        <source>Lowest price of the last {n} days: {price}.</source>
        <translation>Laagste prijs van de laatste {n} dagen: {price}.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="190" />
        <location filename="../../pos_returns/ui/lines.py" line="277" />
        <source>Override: refund</source>
        <translation>Uitzondering: terug</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="231" />
        <source>Override</source>
        <translation>Uitzondering</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="248" />
        <source>back to stock</source>
        <translation>terug in voorraad</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="249" />
        <source>to damaged goods</source>
        <translation>naar beschadigde goederen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="250" />
        <source>back to the vendor</source>
        <translation>terug naar leverancier</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="284" />
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="285" />
        <source>Store credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="286" />
        <source>Exchange</source>
        <translation>Ruil</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="287" />
        <source>Not returnable</source>
        <translation>Geen retour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="288" />
        <source>Needs manager</source>
        <translation>Manager nodig</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="289" />
        <source>All returned</source>
        <translation>Alles terug</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="322" />
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Scan of typ het bonnummer, dan Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="328" />
        <source>by customer</source>
        <translation>op klant</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="328" />
        <source>by card and day</source>
        <translation>op kaart en dag</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="328" />
        <source>by item and days</source>
        <translation>op artikel en dagen</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="331" />
        <source>Customer no., "VISA 1234" or item code</source>
        <translation>Klantnr., "VISA 1234" of artikelcode</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="332" />
        <source>Find the sale</source>
        <translation>Zoek de verkoop</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="333" />
        <source>No receipt number? Find the sale</source>
        <translation>Geen bonnummer? Zoek de verkoop</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="171" />
        <source>Looking for the sale…</source>
        <translation>Verkoop zoeken…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="190" />
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>{n} verkopen gevonden: kies er een (Enter of dubbelklik).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="192" />
        <source>No sale found: check what you typed and the days.</source>
        <translation>Geen verkoop gevonden: controleer wat u typte en de dagen.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="337" />
        <source>A few words about the reason</source>
        <translation>Een paar woorden over de reden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="338" />
        <source>Complete return</source>
        <translation>Retour afronden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="334" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="335" />
        <source>Receipt language</source>
        <translation>Taal van de bon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="339" />
        <source>Manager approval</source>
        <translation>Goedkeuring manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="340" />
        <source>Manager code</source>
        <translation>Code manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="341" />
        <source>Manager PIN</source>
        <translation>Pincode manager</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="342" />
        <source>Note (optional)</source>
        <translation>Notitie (optioneel)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="343" />
        <source>Reprint</source>
        <translation>Opnieuw afdrukken</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="336" />
        <source>Recent returns</source>
        <translation>Recente retouren</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="320" />
        <source>Scan or type the item code, then Enter</source>
        <translation>Scan of typ de artikelcode, dan Enter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="324" />
        <source>No receipt</source>
        <translation>Geen bon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="345" />
        <location filename="../../pos_returns/ui/return_page.py" line="394" />
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="443" />
        <source>Scan the receipt's barcode or type its number.</source>
        <translation>Scan de streepjescode van de bon of typ het nummer.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="445" />
        <location filename="../../pos_returns/ui/return_page.py" line="503" />
        <source>Looking up {number}…</source>
        <translation>{number} opzoeken…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="471" />
        <source>Without a receipt: scan each item brought back</source>
        <translation>Zonder bon: scan elk teruggebracht artikel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="473" />
        <source>Scan the items one by one; each is priced at its lowest recent price.</source>
        <translation>Scan de artikelen een voor een; elk krijgt zijn laagste recente prijs.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="480" />
        <source>Scan the item's barcode or type its code.</source>
        <translation>Scan de streepjescode van het artikel of typ de code.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="512" />
        <source>Without a receipt; items scanned: {n} (scan the next one)</source>
        <translation>Zonder bon; gescande artikelen: {n} (scan het volgende)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="518" />
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Bon {number}, verkocht {when}; betaald met {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="523" />
        <source>Pick what comes back, then a reason.</source>
        <translation>Kies wat terugkomt, dan een reden.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="525" />
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Niets op deze bon kan nu worden teruggebracht.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="562" />
        <source>Nothing picked.</source>
        <translation>Niets gekozen.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="601" />
        <source>Store credit: {amount}</source>
        <translation>Tegoed: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="605" />
        <source>Restocking fees: {amount}</source>
        <translation>Terugnamekosten: {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="608" />
        <source>No money back: an exchange.</source>
        <translation>Geen geld terug: een ruil.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="614" />
        <source>Back to a refund</source>
        <translation>Terug naar terugbetaling</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="616" />
        <source>or {amount} store credit, {bonus} more</source>
        <translation>of {amount} tegoed, {bonus} meer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="650" />
        <location filename="../../pos_returns/ui/return_page.py" line="658" />
        <source>Working out the amounts…</source>
        <translation>Bedragen berekenen…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="662" />
        <source>Pick the reason first.</source>
        <translation>Kies eerst de reden.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="667" />
        <source>A manager types their code and PIN to approve.</source>
        <translation>Een manager typt code en pincode om goed te keuren.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="672" />
        <source>Completing…</source>
        <translation>Afronden…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="714" />
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Retour {number} afgerond. De bon wordt afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="748" />
        <source>Reprinting {number}…</source>
        <translation>{number} opnieuw afdrukken…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="766" />
        <source>. The copy waits in the print queue.</source>
        <translation>. De kopie wacht in de afdrukwachtrij.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="768" />
        <source>{number}: copy printed.</source>
        <translation>{number}: kopie afgedrukt.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="75" />
        <source>Sign in to the returns counter</source>
        <translation>Aanmelden bij de retourbalie</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="76" />
        <source>Employee code</source>
        <translation>Medewerkerscode</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="77" />
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="78" />
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="105" />
        <source>Type your employee code and PIN.</source>
        <translation>Typ uw medewerkerscode en pincode.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="108" />
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
</context>
</TS>