<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="116" />
        <source>pos-returns: returns counter</source>
        <translation>pos-returns : comptoir des retours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="117" />
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="159" />
        <source>Signed in: {name}</source>
        <translation>Connecté : {name}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="157" />
        <source>Nobody signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="118" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="214" />
        <source>preview only</source>
        <translation>aperçu seulement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="216" />
        <source>preview, kept as PDF files</source>
        <translation>aperçu, gardé en fichiers PDF</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="219" />
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="221" />
        <source>Printer {printer}: {state}</source>
        <translation>Imprimante {printer} : {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="223" />
        <source>{n} receipts waiting</source>
        <translation>{n} tickets en attente</translation>
    </message>
</context>
<context>
    <name>CustomerIdForm</name>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="61" />
        <source>Customer's ID document (the policy asks for it)</source>
        <translation>Pièce d’identité du client (la politique la demande)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="62" />
        <source>ID card, passport or licence number</source>
        <translation>N° de carte d’identité, passeport ou permis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="64" />
        <source>Kept only as a code to count this customer's returns; never printed.</source>
        <translation>Conservé seulement sous forme de code pour compter les retours de ce client ; jamais imprimé.</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="70" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="71" />
        <source>Bought / back</source>
        <translation>Acheté / rendu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="72" />
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="73" />
        <source>Policy</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="74" />
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="75" />
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="149" />
        <source>Everything on this line came back already.</source>
        <translation>Tout cet article a déjà été rendu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="178" />
        <source>Catalogue price {price} (not sold lately).</source>
        <translation>Prix du catalogue {price} (pas vendu récemment).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="179" />
        <source>Lowest price of the last {n} days: {price}.</source>
        <translation>Prix le plus bas des {n} derniers jours : {price}.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="190" />
        <location filename="../../pos_returns/ui/lines.py" line="277" />
        <source>Override: refund</source>
        <translation>Dérogé : remboursé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="231" />
        <source>Override</source>
        <translation>Déroger</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="248" />
        <source>back to stock</source>
        <translation>retour en stock</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="249" />
        <source>to damaged goods</source>
        <translation>aux articles abîmés</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="250" />
        <source>back to the vendor</source>
        <translation>retour au fournisseur</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="284" />
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="285" />
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="286" />
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="287" />
        <source>Not returnable</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="288" />
        <source>Needs manager</source>
        <translation>Responsable requis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="289" />
        <source>All returned</source>
        <translation>Tout rendu</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="322" />
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Scannez ou tapez le numéro du ticket, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="328" />
        <source>by customer</source>
        <translation>par client</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="328" />
        <source>by card and day</source>
        <translation>par carte et jour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="328" />
        <source>by item and days</source>
        <translation>par article et jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="331" />
        <source>Customer no., "VISA 1234" or item code</source>
        <translation>N° client, « VISA 1234 » ou code article</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="332" />
        <source>Find the sale</source>
        <translation>Trouver la vente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="333" />
        <source>No receipt number? Find the sale</source>
        <translation>Pas de numéro ? Trouver la vente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="171" />
        <source>Looking for the sale…</source>
        <translation>Recherche de la vente…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="190" />
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>{n} ventes trouvées : choisissez-en une (Entrée ou double-clic).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="192" />
        <source>No sale found: check what you typed and the days.</source>
        <translation>Aucune vente trouvée : vérifiez la saisie et les jours.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="337" />
        <source>A few words about the reason</source>
        <translation>Quelques mots sur le motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="338" />
        <source>Complete return</source>
        <translation>Valider le retour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="334" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="335" />
        <source>Receipt language</source>
        <translation>Langue du ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="339" />
        <source>Manager approval</source>
        <translation>Accord du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="340" />
        <source>Manager code</source>
        <translation>Code du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="341" />
        <source>Manager PIN</source>
        <translation>PIN du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="342" />
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="343" />
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="336" />
        <source>Recent returns</source>
        <translation>Retours récents</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="320" />
        <source>Scan or type the item code, then Enter</source>
        <translation>Scannez ou tapez le code article, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="324" />
        <source>No receipt</source>
        <translation>Sans ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="345" />
        <location filename="../../pos_returns/ui/return_page.py" line="394" />
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="443" />
        <source>Scan the receipt's barcode or type its number.</source>
        <translation>Scannez le code-barres du ticket ou tapez son numéro.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="445" />
        <location filename="../../pos_returns/ui/return_page.py" line="503" />
        <source>Looking up {number}…</source>
        <translation>Recherche de {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="471" />
        <source>Without a receipt: scan each item brought back</source>
        <translation>Sans ticket : scannez chaque article rapporté</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="473" />
        <source>Scan the items one by one; each is priced at its lowest recent price.</source>
        <translation>Scannez les articles un par un ; chacun est compté à son prix récent le plus bas.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="480" />
        <source>Scan the item's barcode or type its code.</source>
        <translation>Scannez le code-barres de l’article ou tapez son code.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="512" />
        <source>Without a receipt; items scanned: {n} (scan the next one)</source>
        <translation>Sans ticket ; articles scannés : {n} (scannez le suivant)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="518" />
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Ticket {number}, vendu le {when} ; payé par {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="523" />
        <source>Pick what comes back, then a reason.</source>
        <translation>Choisissez ce qui revient, puis un motif.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="525" />
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Rien sur ce ticket ne peut être rendu maintenant.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="562" />
        <source>Nothing picked.</source>
        <translation>Rien de choisi.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="601" />
        <source>Store credit: {amount}</source>
        <translation>Avoir : {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="605" />
        <source>Restocking fees: {amount}</source>
        <translation>Frais de reprise : {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="608" />
        <source>No money back: an exchange.</source>
        <translation>Pas de remboursement : un échange.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="614" />
        <source>Back to a refund</source>
        <translation>Revenir au remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="616" />
        <source>or {amount} store credit, {bonus} more</source>
        <translation>ou {amount} en avoir, {bonus} de plus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="650" />
        <location filename="../../pos_returns/ui/return_page.py" line="658" />
        <source>Working out the amounts…</source>
        <translation>Calcul des montants…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="662" />
        <source>Pick the reason first.</source>
        <translation>Choisissez d’abord le motif.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="667" />
        <source>A manager types their code and PIN to approve.</source>
        <translation>Un responsable tape son code et son PIN pour approuver.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="672" />
        <source>Completing…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="714" />
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Retour {number} validé. Le ticket s’imprime.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="748" />
        <source>Reprinting {number}…</source>
        <translation>Réimpression de {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="766" />
        <source>. The copy waits in the print queue.</source>
        <translation>. La copie attend dans la file d’impression.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="768" />
        <source>{number}: copy printed.</source>
        <translation>{number} : copie imprimée.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="75" />
        <source>Sign in to the returns counter</source>
        <translation>Connexion au comptoir des retours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="76" />
        <source>Employee code</source>
        <translation>Code employé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="77" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="78" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="105" />
        <source>Type your employee code and PIN.</source>
        <translation>Tapez votre code employé et votre PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="108" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
</TS>