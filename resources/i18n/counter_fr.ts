<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1113" />
        <source>pos-returns: returns counter</source>
        <translation>pos-returns : comptoir des retours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1114" />
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1156" />
        <source>Signed in: {name}</source>
        <translation>Connecté : {name}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1154" />
        <source>Nobody signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1115" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1210" />
        <source>preview only</source>
        <translation>aperçu seulement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1211" />
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1213" />
        <source>Printer {printer}: {state}</source>
        <translation>Imprimante {printer} : {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1215" />
        <source>{n} receipts waiting</source>
        <translation>{n} tickets en attente</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="469" />
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Scannez ou tapez le numéro du ticket, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="473" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="474" />
        <source>Bought / back</source>
        <translation>Acheté / rendu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="475" />
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="476" />
        <source>Policy</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="477" />
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="478" />
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="482" />
        <source>by customer</source>
        <translation>par client</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="482" />
        <source>by card and day</source>
        <translation>par carte et jour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="482" />
        <source>by item and days</source>
        <translation>par article et jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="485" />
        <source>Customer no., "VISA 1234" or item code</source>
        <translation>N° client, « VISA 1234 » ou code article</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="486" />
        <source>Find the sale</source>
        <translation>Trouver la vente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="487" />
        <source>No receipt number? Find the sale</source>
        <translation>Pas de numéro ? Trouver la vente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="323" />
        <source>Looking for the sale…</source>
        <translation>Recherche de la vente…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="343" />
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>{n} ventes trouvées : choisissez-en une (Entrée ou double-clic).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="345" />
        <source>No sale found: check what you typed and the days.</source>
        <translation>Aucune vente trouvée : vérifiez la saisie et les jours.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="491" />
        <source>A few words about the reason</source>
        <translation>Quelques mots sur le motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="492" />
        <source>Complete return</source>
        <translation>Valider le retour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="488" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="489" />
        <source>Receipt language</source>
        <translation>Langue du ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="493" />
        <source>Manager approval</source>
        <translation>Accord du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="494" />
        <source>Manager code</source>
        <translation>Code du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="495" />
        <source>Manager PIN</source>
        <translation>PIN du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="496" />
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="497" />
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="490" />
        <source>Recent returns</source>
        <translation>Retours récents</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="499" />
        <location filename="../../pos_returns/ui/counter.py" line="541" />
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="579" />
        <source>Scan the receipt's barcode or type its number.</source>
        <translation>Scannez le code-barres du ticket ou tapez son numéro.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="581" />
        <source>Looking up {number}…</source>
        <translation>Recherche de {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="611" />
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Ticket {number}, vendu le {when} ; payé par {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="616" />
        <source>Pick what comes back, then a reason.</source>
        <translation>Choisissez ce qui revient, puis un motif.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="618" />
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Rien sur ce ticket ne peut être rendu maintenant.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="651" />
        <source>Everything on this line came back already.</source>
        <translation>Tout cet article a déjà été rendu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="719" />
        <source>Override</source>
        <translation>Déroger</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="736" />
        <source>back to stock</source>
        <translation>retour en stock</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="737" />
        <source>to damaged goods</source>
        <translation>aux articles abîmés</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="738" />
        <source>back to the vendor</source>
        <translation>retour au fournisseur</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="678" />
        <location filename="../../pos_returns/ui/counter.py" line="765" />
        <source>Override: refund</source>
        <translation>Dérogé : remboursé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="772" />
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="773" />
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="774" />
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="775" />
        <source>Not returnable</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="776" />
        <source>Needs manager</source>
        <translation>Responsable requis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="777" />
        <source>All returned</source>
        <translation>Tout rendu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="815" />
        <source>Nothing picked.</source>
        <translation>Rien de choisi.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="853" />
        <source>Store credit: {amount}</source>
        <translation>Avoir : {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="857" />
        <source>Restocking fees: {amount}</source>
        <translation>Frais de reprise : {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="860" />
        <source>No money back: an exchange.</source>
        <translation>Pas de remboursement : un échange.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="866" />
        <source>Back to a refund</source>
        <translation>Revenir au remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="868" />
        <source>or {amount} store credit, {bonus} more</source>
        <translation>ou {amount} en avoir, {bonus} de plus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="902" />
        <source>Working out the amounts…</source>
        <translation>Calcul des montants…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="908" />
        <source>Pick the reason first.</source>
        <translation>Choisissez d’abord le motif.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="913" />
        <source>A manager types their code and PIN to approve.</source>
        <translation>Un responsable tape son code et son PIN pour approuver.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="918" />
        <source>Completing…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="960" />
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Retour {number} validé. Le ticket s’imprime.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="994" />
        <source>Reprinting {number}…</source>
        <translation>Réimpression de {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1012" />
        <source>. The copy waits in the print queue.</source>
        <translation>. La copie attend dans la file d’impression.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="1014" />
        <source>{number}: copy printed.</source>
        <translation>{number} : copie imprimée.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="152" />
        <source>Sign in to the returns counter</source>
        <translation>Connexion au comptoir des retours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="153" />
        <source>Employee code</source>
        <translation>Code employé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="154" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="155" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="182" />
        <source>Type your employee code and PIN.</source>
        <translation>Tapez votre code employé et votre PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="185" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
</TS>