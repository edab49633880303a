<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApprovalBox</name>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="48"/>
        <source>Manager approval</source>
        <translation>Accord du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="49"/>
        <source>Manager code</source>
        <translation>Code du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="50"/>
        <source>Manager PIN</source>
        <translation>PIN du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="51"/>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="47"/>
        <source>pos-returns: back office</source>
        <translation>pos-returns : arrière-boutique</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49"/>
        <source>Policy</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49"/>
        <source>People</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
</context>
<context>
    <name>CentralBox</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="44"/>
        <source>The chain&apos;s central database</source>
        <translation>La base centrale de la chaîne</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="45"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="46"/>
        <source>Store password</source>
        <translation>Mot de passe du magasin</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="48"/>
        <source>Connect this register</source>
        <translation>Connecter cette caisse</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="64"/>
        <source>Sync blocked: the central database refuses {n} records. The rest goes up; these are tried again at every sync.</source>
        <translation>Synchro bloquée : la base centrale refuse {n} enregistrements. Le reste remonte ; ceux-ci sont réessayés à chaque synchro.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="71"/>
        <source>{kind} {label} ({tries} tries): {reason}</source>
        <translation>{kind} {label} ({tries} essais) : {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/central_box.py" line="96"/>
        <source>This register syncs with {url} from now on; the password: {where}.</source>
        <translation>Cette caisse se synchronise désormais avec {url} ; le mot de passe : {where}.</translation>
    </message>
</context>
<context>
    <name>Completion</name>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="38"/>
        <location filename="../../pos_returns/ui/completion.py" line="46"/>
        <source>Working out the amounts…</source>
        <translation>Calcul des montants…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="50"/>
        <source>Pick the reason first.</source>
        <translation>Choisissez d’abord le motif.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="55"/>
        <source>A manager types their code and PIN to approve.</source>
        <translation>Un responsable tape son code et son PIN pour approuver.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="60"/>
        <source>Completing…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/completion.py" line="99"/>
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Retour {number} validé. Le ticket s’imprime.</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="153"/>
        <source>pos-returns: returns counter</source>
        <translation>pos-returns : comptoir des retours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="154"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="248"/>
        <source>Signed in: {name}</source>
        <translation>Connecté : {name}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="246"/>
        <source>Nobody signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="155"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="156"/>
        <source>Back office…</source>
        <translation>Arrière-boutique…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="208"/>
        <source>The back office is for managers: a manager signs in to open it.</source>
        <translation>L’arrière-boutique est réservée aux responsables : un responsable se connecte pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="313"/>
        <source>preview only</source>
        <translation>aperçu seulement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="315"/>
        <source>preview, kept as PDF files</source>
        <translation>aperçu, gardé en fichiers PDF</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="318"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="320"/>
        <source>Printer {printer}: {state}</source>
        <translation>Imprimante {printer} : {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="322"/>
        <source>{n} receipts waiting</source>
        <translation>{n} tickets en attente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="359"/>
        <source>Sync: not yet</source>
        <translation>Synchro : pas encore</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="364"/>
        <source>Sync blocked: {refused} records refused (Back office › Settings), {n} waiting</source>
        <translation>Synchro bloquée : {refused} enregistrements refusés (Arrière-boutique › Réglages), {n} en attente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="367"/>
        <source>Sync: online, last {when}, {n} waiting</source>
        <translation>Synchro : en ligne, dernière {when}, {n} en attente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="369"/>
        <source>Sync: offline since {when}, {n} waiting</source>
        <translation>Synchro : hors ligne depuis {when}, {n} en attente</translation>
    </message>
</context>
<context>
    <name>CustomerIdForm</name>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="62"/>
        <source>Customer&apos;s ID document (the policy asks for it)</source>
        <translation>Pièce d’identité du client (la politique la demande)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="63"/>
        <source>ID card, passport or licence number</source>
        <translation>N° de carte d’identité, passeport ou permis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt.py" line="65"/>
        <source>Kept only as a code to count this customer&apos;s returns; never printed.</source>
        <translation>Conservé seulement sous forme de code pour compter les retours de ce client ; jamais imprimé.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="128"/>
        <source>Employee code</source>
        <translation>Code employé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="129"/>
        <source>Any outcome</source>
        <translation>Toute issue</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="132"/>
        <source>Any reason</source>
        <translation>Tout motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="133"/>
        <source>Manager approvals only</source>
        <translation>Seulement avec accord d’un responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="134"/>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="136"/>
        <source>Check the journal</source>
        <translation>Vérifier le journal</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="137"/>
        <source>Conflicts: a line returned twice while apart</source>
        <translation>Conflits : une ligne retournée deux fois hors connexion</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="138"/>
        <source>Dealt with</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="182"/>
        <source>{n} returns found (newest first).</source>
        <translation>{n} retours trouvés (les plus récents d’abord).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="184"/>
        <source>No return matches these filters.</source>
        <translation>Aucun retour ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="211"/>
        <source>Manager: {approval}</source>
        <translation>Responsable : {approval}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="229"/>
        <source>{number}: receipt {receipt} line {line}, {asked} asked, {left} left ({when}); it counted: {others}</source>
        <translation>{number} : ticket {receipt} ligne {line}, {asked} demandé(s), {left} restant(s) ({when}) ; déjà compté : {others}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="242"/>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="266"/>
        <source>The journal&apos;s {n} entries are intact.</source>
        <translation>Les {n} entrées du journal sont intactes.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="268"/>
        <source>The journal is broken: {problem}</source>
        <translation>Le journal est rompu : {problem}</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="185"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="186"/>
        <source>Bought / back</source>
        <translation>Acheté / rendu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="187"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="188"/>
        <source>Policy</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="189"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="190"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="243"/>
        <source>Everything on this line came back already.</source>
        <translation>Tout cet article a déjà été rendu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="252"/>
        <location filename="../../pos_returns/ui/lines_model.py" line="304"/>
        <source>Override: refund</source>
        <translation>Dérogé : remboursé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="294"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="295"/>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="296"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="297"/>
        <source>Not returnable</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="298"/>
        <source>Needs manager</source>
        <translation>Responsable requis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="299"/>
        <source>All returned</source>
        <translation>Tout rendu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="304"/>
        <source>Override</source>
        <translation>Déroger</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="308"/>
        <source>back to stock</source>
        <translation>retour en stock</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="309"/>
        <source>to damaged goods</source>
        <translation>aux articles abîmés</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="310"/>
        <source>back to the vendor</source>
        <translation>retour au fournisseur</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="319"/>
        <source>Catalogue price {price} (not sold lately).</source>
        <translation>Prix du catalogue {price} (pas vendu récemment).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines_model.py" line="320"/>
        <source>Lowest price of the last {n} days: {price}.</source>
        <translation>Prix le plus bas des {n} derniers jours : {price}.</translation>
    </message>
</context>
<context>
    <name>LostReceiptFlow</name>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="146"/>
        <source>Looking for the sale…</source>
        <translation>Recherche de la vente…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="158"/>
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>{n} ventes trouvées : choisissez-en une (Entrée ou double-clic).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="160"/>
        <source>No sale found: check what you typed and the days.</source>
        <translation>Aucune vente trouvée : vérifiez la saisie et les jours.</translation>
    </message>
</context>
<context>
    <name>NoReceiptFlow</name>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="75"/>
        <source>Without a receipt: scan each item brought back</source>
        <translation>Sans ticket : scannez chaque article rapporté</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="77"/>
        <source>Scan the items one by one; each is priced at its lowest recent price.</source>
        <translation>Scannez les articles un par un ; chacun est compté à son prix récent le plus bas.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="91"/>
        <source>Scan the item&apos;s barcode or type its code.</source>
        <translation>Scannez le code-barres de l’article ou tapez son code.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="113"/>
        <source>Looking up {number}…</source>
        <translation>Recherche de {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/no_receipt_flow.py" line="120"/>
        <source>Without a receipt; items scanned: {n} (scan the next one)</source>
        <translation>Sans ticket ; articles scannés : {n} (scannez le suivant)</translation>
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
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="111"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="111"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="120"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="120"/>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="124"/>
        <source>cashier</source>
        <translation>caissier</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="125"/>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="126"/>
        <source>admin</source>
        <translation>administrateur</translation>
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
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="130"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="125"/>
        <source>Add an employee</source>
        <translation>Ajouter un employé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="132"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 à 12 chiffres)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="137"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="138"/>
        <source>The chosen employee</source>
        <translation>L’employé choisi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="139"/>
        <source>Give this role</source>
        <translation>Donner ce rôle</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="140"/>
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="141"/>
        <source>Set the new PIN</source>
        <translation>Enregistrer le nouveau PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="192"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="192"/>
        <source>Bring back</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="214"/>
        <source>{name} can sign in now.</source>
        <translation>{name} peut se connecter maintenant.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="229"/>
        <source>Role changed.</source>
        <translation>Rôle modifié.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="239"/>
        <source>New PIN set; the employee is unlocked.</source>
        <translation>Nouveau PIN enregistré ; l’employé est débloqué.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="249"/>
        <source>Done.</source>
        <translation>C’est fait.</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="85"/>
        <source>Rules, tried in this order: the first that fits decides</source>
        <translation>Règles, essayées dans cet ordre : la première qui convient décide</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="87"/>
        <source>Add a rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="88"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="89"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="90"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="136"/>
        <source>Standard 30 days</source>
        <translation>Standard 30 jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="137"/>
        <source>Generous 90 days</source>
        <translation>Généreuse 90 jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="138"/>
        <source>Strict electronics</source>
        <translation>Électronique stricte</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="142"/>
        <source>Start from this template</source>
        <translation>Partir de ce modèle</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="143"/>
        <source>Import JSON…</source>
        <translation>Importer JSON…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="144"/>
        <source>Export JSON…</source>
        <translation>Exporter JSON…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="145"/>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="146"/>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="147"/>
        <source>What the check found</source>
        <translation>Ce que la vérification a trouvé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="148"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="175"/>
        <source>Started from a template: edit it, then publish.</source>
        <translation>Parti d’un modèle : modifiez-le, puis publiez.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="196"/>
        <source>Not valid yet: {problem}</source>
        <translation>Pas encore valide : {problem}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="201"/>
        <source>Every rule can decide something; no gaps.</source>
        <translation>Chaque règle peut décider quelque chose ; aucun trou.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="210"/>
        <source>Customers will read nothing new.</source>
        <translation>Les clients ne liront rien de nouveau.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="217"/>
        <source>Rule “{rule}” can never match: its own conditions exclude each other.</source>
        <translation>La règle « {rule} » ne peut jamais s’appliquer : ses conditions s’excluent.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="221"/>
        <source>Rule “{rule}” never decides anything: earlier rules ({by}) decide all it covers.</source>
        <translation>La règle « {rule} » ne décide jamais rien : des règles précédentes ({by}) décident tout ce qu’elle couvre.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="225"/>
        <source>{first} days or more</source>
        <translation>{first} jours ou plus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="227"/>
        <source>{first}–{last} days</source>
        <translation>{first}–{last} jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="231"/>
        <source>with a receipt</source>
        <translation>avec ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="231"/>
        <source>without a receipt</source>
        <translation>sans ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="234"/>
        <source>No rule for items returned {receipt}, {days} after purchase ({states}): “no rule fits” decides.</source>
        <translation>Aucune règle pour les articles retournés {receipt}, {days} après l’achat ({states}) : « aucune règle ne convient » décide.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="241"/>
        <source>Type or scan a receipt number to try the draft on.</source>
        <translation>Tapez ou scannez un numéro de ticket pour y essayer le brouillon.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="258"/>
        <source>Trying {number}…</source>
        <translation>Essai sur {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="264"/>
        <source>Receipt {number}: the draft on the left, the published policy on the right.</source>
        <translation>Ticket {number} : le brouillon à gauche, la politique publiée à droite.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="278"/>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="297"/>
        <source>Version {version} published; the counters use it from its start.</source>
        <translation>Version {version} publiée ; les caisses l’appliquent dès son début.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="308"/>
        <source>Import a policy</source>
        <translation>Importer une politique</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="314"/>
        <source>Export the policy</source>
        <translation>Exporter la politique</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="325"/>
        <source>Cannot read {file}: {why}</source>
        <translation>Impossible de lire {file} : {why}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="333"/>
        <source>Imported {file}: check it, then publish.</source>
        <translation>{file} importé : vérifiez-le, puis publiez.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="344"/>
        <source>Cannot write {file}: {why}</source>
        <translation>Impossible d’écrire {file} : {why}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="350"/>
        <source>Exported to {file}.</source>
        <translation>Exporté vers {file}.</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="91"/>
        <source>For the whole policy</source>
        <translation>Pour toute la politique</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="95"/>
        <source>Policy name</source>
        <translation>Nom de la politique</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="96"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="97"/>
        <source>Store-credit bonus %</source>
        <translation>Bonus d’avoir %</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="98"/>
        <source>Manager approves refunds over</source>
        <translation>Un responsable approuve les remboursements au-delà de</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="99"/>
        <source>No receipt: lowest price of the last … days</source>
        <translation>Sans ticket : prix le plus bas des … derniers jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="100"/>
        <source>No receipt: ask for an ID</source>
        <translation>Sans ticket : demander une pièce d’identité</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="101"/>
        <source>Returns per customer</source>
        <translation>Retours par client</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="102"/>
        <source>No rule fits</source>
        <translation>Aucune règle ne convient</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="103"/>
        <source>Seasonal windows</source>
        <translation>Périodes saisonnières</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="104"/>
        <source>Offline: returns per customer</source>
        <translation>Hors ligne : retours par client</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="105"/>
        <source>Offline: refunds to a card</source>
        <translation>Hors ligne : remboursements sur carte</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="106"/>
        <source>Offline: another store&apos;s receipt</source>
        <translation>Hors ligne : ticket d’un autre magasin</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="115"/>
        <source>count this store&apos;s returns</source>
        <translation>compter les retours de ce magasin</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="116"/>
        <source>a manager approves</source>
        <translation>un responsable approuve</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="119"/>
        <source>on the card terminal, as usual</source>
        <translation>sur le terminal de paiement, comme d’habitude</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="120"/>
        <source>wait until online (or store credit)</source>
        <translation>attendre le retour en ligne (ou un avoir)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="121"/>
        <source>give store credit</source>
        <translation>donner un avoir</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="124"/>
        <source>take the items back without a receipt</source>
        <translation>reprendre les articles sans ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="125"/>
        <source>the customer comes back later</source>
        <translation>le client revient plus tard</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="131"/>
        <source>in days:</source>
        <translation>en jours :</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="132"/>
        <source>e.g. 11-15..12-24 until 01-31; …</source>
        <translation>p. ex. 11-15..12-24 until 01-31 ; …</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_settings.py" line="133"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../pos_returns/ui/common.py" line="49"/>
        <source>Printer offline: check cable and paper ({detail})</source>
        <translation>Imprimante hors ligne : vérifiez le câble et le papier ({detail})</translation>
    </message>
</context>
<context>
    <name>PublishBox</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="136"/>
        <source>Publish this policy?</source>
        <translation>Publier cette politique ?</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="137"/>
        <source>Not now, from</source>
        <translation>Pas maintenant, à partir du</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="138"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="139"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="143"/>
        <source>Customers will read:</source>
        <translation>Les clients liront :</translation>
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
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="227"/>
        <source>Asks for a note</source>
        <translation>Demande une note</translation>
    </message>
</context>
<context>
    <name>ReceiptCopies</name>
    <message>
        <location filename="../../pos_returns/ui/receipt_copies.py" line="45"/>
        <source>Reprinting {number}…</source>
        <translation>Réimpression de {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/receipt_copies.py" line="58"/>
        <source>. The copy waits in the print queue.</source>
        <translation>. La copie attend dans la file d’impression.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/receipt_copies.py" line="60"/>
        <source>{number}: copy printed.</source>
        <translation>{number} : copie imprimée.</translation>
    </message>
</context>
<context>
    <name>RecentReturns</name>
    <message>
        <location filename="../../pos_returns/ui/recent_returns.py" line="39"/>
        <source>Recent returns</source>
        <translation>Retours récents</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/recent_returns.py" line="40"/>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
</context>
<context>
    <name>RegistersModel</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="304"/>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="304"/>
        <source>Printer (URL)</source>
        <translation>Imprimante (URL)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="304"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>ReturnForm</name>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="126"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="127"/>
        <source>Receipt language</source>
        <translation>Langue du ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="128"/>
        <source>A few words about the reason</source>
        <translation>Quelques mots sur le motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="132"/>
        <location filename="../../pos_returns/ui/return_form.py" line="145"/>
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="165"/>
        <source>Store credit: {amount}</source>
        <translation>Avoir : {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="169"/>
        <source>Restocking fees: {amount}</source>
        <translation>Frais de reprise : {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="172"/>
        <source>No money back: an exchange.</source>
        <translation>Pas de remboursement : un échange.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="180"/>
        <source>Back to a refund</source>
        <translation>Revenir au remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="182"/>
        <source>or {amount} store credit, {bonus} more</source>
        <translation>ou {amount} en avoir, {bonus} de plus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_form.py" line="193"/>
        <source>Nothing picked.</source>
        <translation>Rien de choisi.</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="172"/>
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Scannez ou tapez le numéro du ticket, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="178"/>
        <source>Complete return</source>
        <translation>Valider le retour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="170"/>
        <source>Scan or type the item code, then Enter</source>
        <translation>Scannez ou tapez le code article, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="250"/>
        <source>Scan the receipt&apos;s barcode or type its number.</source>
        <translation>Scannez le code-barres du ticket ou tapez son numéro.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="252"/>
        <source>Looking up {number}…</source>
        <translation>Recherche de {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="281"/>
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Ticket {number}, vendu le {when} ; payé par {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="286"/>
        <source>Pick what comes back, then a reason.</source>
        <translation>Choisissez ce qui revient, puis un motif.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="288"/>
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Rien sur ce ticket ne peut être rendu maintenant.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="294"/>
        <source>Offline: checked against this store&apos;s records.</source>
        <translation>Hors ligne : vérifié d’après les données de ce magasin.</translation>
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
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="163"/>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="164"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="165"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="166"/>
        <source>Money back</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="167"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="172"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="173"/>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="174"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="175"/>
        <source>Not returnable</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="192"/>
        <source>approved</source>
        <translation>a approuvé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/models.py" line="192"/>
        <source>overrode</source>
        <translation>a dérogé</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="98"/>
        <source>The chosen rule</source>
        <translation>La règle choisie</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="102"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="103"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="104"/>
        <source>Any of the tags</source>
        <translation>L’une des étiquettes</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="105"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="106"/>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="107"/>
        <source>Days after purchase</source>
        <translation>Jours après l’achat</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="108"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="109"/>
        <source>Restocking fee %</source>
        <translation>Frais de remise en stock %</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="110"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="116"/>
        <source>any (or a comma-separated list)</source>
        <translation>toutes (ou une liste séparée par des virgules)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="120"/>
        <source>with or without</source>
        <translation>avec ou sans</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="120"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="120"/>
        <source>without</source>
        <translation>sans</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="123"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="124"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="127"/>
        <source>a manager approves</source>
        <translation>un responsable approuve</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="131"/>
        <source>unopened</source>
        <translation>non ouvert</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="132"/>
        <source>opened</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="133"/>
        <source>damaged</source>
        <translation>abîmé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="134"/>
        <source>defective</source>
        <translation>défectueux</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="139"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="140"/>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="141"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="142"/>
        <source>Not returnable</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="198"/>
        <source>with receipt</source>
        <translation>avec ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="200"/>
        <source>no receipt</source>
        <translation>sans ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="204"/>
        <source>days {low}–{high}</source>
        <translation>jours {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rule_form.py" line="208"/>
        <source>always</source>
        <translation>toujours</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/rules_model.py" line="39"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rules_model.py" line="39"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/rules_model.py" line="39"/>
        <source>Then</source>
        <translation>Alors</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="73"/>
        <source>No receipt</source>
        <translation>Sans ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="75"/>
        <source>by customer</source>
        <translation>par client</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="75"/>
        <source>by card and day</source>
        <translation>par carte et jour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="75"/>
        <source>by item and days</source>
        <translation>par article et jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="78"/>
        <source>Customer no., &quot;VISA 1234&quot; or item code</source>
        <translation>N° client, « VISA 1234 » ou code article</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="79"/>
        <source>Find the sale</source>
        <translation>Trouver la vente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/search_bar.py" line="80"/>
        <source>No receipt number? Find the sale</source>
        <translation>Pas de numéro ? Trouver la vente</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="156"/>
        <source>The store</source>
        <translation>Le magasin</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="160"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="161"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="162"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="163"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="164"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="165"/>
        <source>Receipt footer</source>
        <translation>Pied du reçu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="166"/>
        <source>Feedback address (QR code)</source>
        <translation>Adresse d’avis (code QR)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="171"/>
        <source>Save the store&apos;s details</source>
        <translation>Enregistrer le magasin</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="172"/>
        <source>Return reasons, in the order the counter lists them</source>
        <translation>Motifs de retour, dans l’ordre de la caisse</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="174"/>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="180"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="175"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="176"/>
        <source>Save the reasons</source>
        <translation>Enregistrer les motifs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="177"/>
        <source>Registers and their printers</source>
        <translation>Caisses et imprimantes</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="179"/>
        <source>New register, e.g. R4</source>
        <translation>Nouvelle caisse, p. ex. R4</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="181"/>
        <source>Save the printer</source>
        <translation>Enregistrer l’imprimante</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="182"/>
        <source>Print a test page</source>
        <translation>Imprimer une page de test</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="252"/>
        <source>The store&apos;s details are saved.</source>
        <translation>Les données du magasin sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="259"/>
        <source>The reasons are saved; the counters list them from the next return.</source>
        <translation>Les motifs sont enregistrés ; les caisses les proposent dès le prochain retour.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="267"/>
        <source>Register added.</source>
        <translation>Caisse ajoutée.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="273"/>
        <source>Choose a register first.</source>
        <translation>Choisissez d’abord une caisse.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="296"/>
        <source>Printer saved for {register}.</source>
        <translation>Imprimante enregistrée pour {register}.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="317"/>
        <source>Test page sent to {register}&apos;s printer.</source>
        <translation>Page de test envoyée à l’imprimante de {register}.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="320"/>
        <source>Printing a test page…</source>
        <translation>Impression d’une page de test…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="86"/>
        <source>Sign in to the returns counter</source>
        <translation>Connexion au comptoir des retours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="87"/>
        <source>Employee code</source>
        <translation>Code employé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="88"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="89"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="104"/>
        <source>Demo store: the employees&apos; codes and PINs are in {path}</source>
        <translation>Magasin de démonstration : les codes et PIN des employés sont dans {path}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="127"/>
        <source>Type your employee code and PIN.</source>
        <translation>Tapez votre code employé et votre PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="130"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>WhatIfBox</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="63"/>
        <source>What if: the draft beside the published policy</source>
        <translation>Et si : le brouillon à côté de la politique publiée</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="64"/>
        <source>Receipt number</source>
        <translation>Numéro du ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="70"/>
        <source>Try</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="80"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="82"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_try.py" line="98"/>
        <source>Total: {amount}</source>
        <translation>Total : {amount}</translation>
    </message>
</context>
</TS>
