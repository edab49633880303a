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
        <location filename="../../pos_returns/ui/counter.py" line="213" />
        <source>preview only</source>
        <translation>aperçu seulement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="214" />
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="216" />
        <source>Printer {printer}: {state}</source>
        <translation>Imprimante {printer} : {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="218" />
        <source>{n} receipts waiting</source>
        <translation>{n} tickets en attente</translation>
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
        <location filename="../../pos_returns/ui/lines.py" line="176" />
        <location filename="../../pos_returns/ui/lines.py" line="263" />
        <source>Override: refund</source>
        <translation>Dérogé : remboursé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="217" />
        <source>Override</source>
        <translation>Déroger</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="234" />
        <source>back to stock</source>
        <translation>retour en stock</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="235" />
        <source>to damaged goods</source>
        <translation>aux articles abîmés</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="236" />
        <source>back to the vendor</source>
        <translation>retour au fournisseur</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="270" />
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="271" />
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="272" />
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="273" />
        <source>Not returnable</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="274" />
        <source>Needs manager</source>
        <translation>Responsable requis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="275" />
        <source>All returned</source>
        <translation>Tout rendu</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="304" />
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Scannez ou tapez le numéro du ticket, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="307" />
        <source>by customer</source>
        <translation>par client</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="307" />
        <source>by card and day</source>
        <translation>par carte et jour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="307" />
        <source>by item and days</source>
        <translation>par article et jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="310" />
        <source>Customer no., "VISA 1234" or item code</source>
        <translation>N° client, « VISA 1234 » ou code article</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="311" />
        <source>Find the sale</source>
        <translation>Trouver la vente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="312" />
        <source>No receipt number? Find the sale</source>
        <translation>Pas de numéro ? Trouver la vente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="159" />
        <source>Looking for the sale…</source>
        <translation>Recherche de la vente…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="178" />
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>{n} ventes trouvées : choisissez-en une (Entrée ou double-clic).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="180" />
        <source>No sale found: check what you typed and the days.</source>
        <translation>Aucune vente trouvée : vérifiez la saisie et les jours.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="316" />
        <source>A few words about the reason</source>
        <translation>Quelques mots sur le motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="317" />
        <source>Complete return</source>
        <translation>Valider le retour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="313" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="314" />
        <source>Receipt language</source>
        <translation>Langue du ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="318" />
        <source>Manager approval</source>
        <translation>Accord du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="319" />
        <source>Manager code</source>
        <translation>Code du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="320" />
        <source>Manager PIN</source>
        <translation>PIN du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="321" />
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="322" />
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="315" />
        <source>Recent returns</source>
        <translation>Retours récents</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="324" />
        <location filename="../../pos_returns/ui/return_page.py" line="371" />
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="409" />
        <source>Scan the receipt's barcode or type its number.</source>
        <translation>Scannez le code-barres du ticket ou tapez son numéro.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="411" />
        <source>Looking up {number}…</source>
        <translation>Recherche de {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="427" />
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Ticket {number}, vendu le {when} ; payé par {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="432" />
        <source>Pick what comes back, then a reason.</source>
        <translation>Choisissez ce qui revient, puis un motif.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="434" />
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Rien sur ce ticket ne peut être rendu maintenant.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="459" />
        <source>Nothing picked.</source>
        <translation>Rien de choisi.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="497" />
        <source>Store credit: {amount}</source>
        <translation>Avoir : {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="501" />
        <source>Restocking fees: {amount}</source>
        <translation>Frais de reprise : {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="504" />
        <source>No money back: an exchange.</source>
        <translation>Pas de remboursement : un échange.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="510" />
        <source>Back to a refund</source>
        <translation>Revenir au remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="512" />
        <source>or {amount} store credit, {bonus} more</source>
        <translation>ou {amount} en avoir, {bonus} de plus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="546" />
        <source>Working out the amounts…</source>
        <translation>Calcul des montants…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="552" />
        <source>Pick the reason first.</source>
        <translation>Choisissez d’abord le motif.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="557" />
        <source>A manager types their code and PIN to approve.</source>
        <translation>Un responsable tape son code et son PIN pour approuver.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="562" />
        <source>Completing…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="604" />
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Retour {number} validé. Le ticket s’imprime.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="638" />
        <source>Reprinting {number}…</source>
        <translation>Réimpression de {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="656" />
        <source>. The copy waits in the print queue.</source>
        <translation>. La copie attend dans la file d’impression.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="658" />
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