<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="47" />
        <source>pos-returns: back office</source>
        <translation>pos-returns : arrière-boutique</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49" />
        <source>Policy</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49" />
        <source>People</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/window.py" line="49" />
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="156" />
        <source>pos-returns: returns counter</source>
        <translation>pos-returns : comptoir des retours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="157" />
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="252" />
        <source>Signed in: {name}</source>
        <translation>Connecté : {name}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="250" />
        <source>Nobody signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="158" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="159" />
        <source>Back office…</source>
        <translation>Arrière-boutique…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="211" />
        <source>The back office is for managers: a manager signs in to open it.</source>
        <translation>L’arrière-boutique est réservée aux responsables : un responsable se connecte pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="321" />
        <source>preview only</source>
        <translation>aperçu seulement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="323" />
        <source>preview, kept as PDF files</source>
        <translation>aperçu, gardé en fichiers PDF</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="326" />
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="328" />
        <source>Printer {printer}: {state}</source>
        <translation>Imprimante {printer} : {state}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="330" />
        <source>{n} receipts waiting</source>
        <translation>{n} tickets en attente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="367" />
        <source>Sync: not yet</source>
        <translation>Synchro : pas encore</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="372" />
        <source>Sync blocked: {refused} records refused (Back office › Settings), {n} waiting</source>
        <translation>Synchro bloquée : {refused} enregistrements refusés (Arrière-boutique › Réglages), {n} en attente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="376" />
        <source>Sync: online, last {when}, {n} waiting</source>
        <translation>Synchro : en ligne, dernière {when}, {n} en attente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/counter.py" line="378" />
        <source>Sync: offline since {when}, {n} waiting</source>
        <translation>Synchro : hors ligne depuis {when}, {n} en attente</translation>
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
    <name>HistoryPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="130" />
        <source>Employee code</source>
        <translation>Code employé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="131" />
        <source>Any outcome</source>
        <translation>Toute issue</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="134" />
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="135" />
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="136" />
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="137" />
        <source>Not returnable</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="142" />
        <source>Any reason</source>
        <translation>Tout motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="143" />
        <source>Manager approvals only</source>
        <translation>Seulement avec accord d’un responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="144" />
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="147" />
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="148" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="149" />
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="150" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="151" />
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="152" />
        <source>Money back</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="153" />
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="156" />
        <source>Check the journal</source>
        <translation>Vérifier le journal</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="157" />
        <source>Conflicts: a line returned twice while apart</source>
        <translation>Conflits : une ligne retournée deux fois hors connexion</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="158" />
        <source>Dealt with</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="219" />
        <source>approved</source>
        <translation>a approuvé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="219" />
        <source>overrode</source>
        <translation>a dérogé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="227" />
        <source>{n} returns found (newest first).</source>
        <translation>{n} retours trouvés (les plus récents d’abord).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="229" />
        <source>No return matches these filters.</source>
        <translation>Aucun retour ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="258" />
        <source>Manager: {approval}</source>
        <translation>Responsable : {approval}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="276" />
        <source>{number}: receipt {receipt} line {line}, {asked} asked, {left} left ({when}); it counted: {others}</source>
        <translation>{number} : ticket {receipt} ligne {line}, {asked} demandé(s), {left} restant(s) ({when}) ; déjà compté : {others}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="289" />
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="315" />
        <source>The journal's {n} entries are intact.</source>
        <translation>Les {n} entrées du journal sont intactes.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/history_page.py" line="317" />
        <source>The journal is broken: {problem}</source>
        <translation>Le journal est rompu : {problem}</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="75" />
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="76" />
        <source>Bought / back</source>
        <translation>Acheté / rendu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="77" />
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="78" />
        <source>Policy</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="79" />
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="80" />
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="155" />
        <source>Everything on this line came back already.</source>
        <translation>Tout cet article a déjà été rendu.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="184" />
        <source>Catalogue price {price} (not sold lately).</source>
        <translation>Prix du catalogue {price} (pas vendu récemment).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="185" />
        <source>Lowest price of the last {n} days: {price}.</source>
        <translation>Prix le plus bas des {n} derniers jours : {price}.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="196" />
        <location filename="../../pos_returns/ui/lines.py" line="283" />
        <source>Override: refund</source>
        <translation>Dérogé : remboursé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="237" />
        <source>Override</source>
        <translation>Déroger</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="254" />
        <source>back to stock</source>
        <translation>retour en stock</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="255" />
        <source>to damaged goods</source>
        <translation>aux articles abîmés</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="256" />
        <source>back to the vendor</source>
        <translation>retour au fournisseur</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="290" />
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="291" />
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="292" />
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="293" />
        <source>Not returnable</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="294" />
        <source>Needs manager</source>
        <translation>Responsable requis</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/lines.py" line="295" />
        <source>All returned</source>
        <translation>Tout rendu</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="128" />
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="137" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="128" />
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="139" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="128" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="128" />
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="138" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="121" />
        <source>cashier</source>
        <translation>caissier</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="122" />
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="123" />
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="133" />
        <source>Add an employee</source>
        <translation>Ajouter un employé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="140" />
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN (4 à 12 chiffres)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="145" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="146" />
        <source>The chosen employee</source>
        <translation>L’employé choisi</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="147" />
        <source>Give this role</source>
        <translation>Donner ce rôle</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="148" />
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="149" />
        <source>Set the new PIN</source>
        <translation>Enregistrer le nouveau PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="191" />
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="191" />
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="217" />
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="217" />
        <source>Bring back</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="241" />
        <source>{name} can sign in now.</source>
        <translation>{name} peut se connecter maintenant.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="256" />
        <source>Role changed.</source>
        <translation>Rôle modifié.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="266" />
        <source>New PIN set; the employee is unlocked.</source>
        <translation>Nouveau PIN enregistré ; l’employé est débloqué.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/people_page.py" line="276" />
        <source>Done.</source>
        <translation>C’est fait.</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="247" />
        <source>Rules, tried in this order: the first that fits decides</source>
        <translation>Règles, essayées dans cet ordre : la première qui convient décide</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="248" />
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="248" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="248" />
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="250" />
        <source>Add a rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="251" />
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="252" />
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="253" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="256" />
        <source>The chosen rule</source>
        <translation>La règle choisie</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="257" />
        <source>For the whole policy</source>
        <translation>Pour toute la politique</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="261" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="262" />
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="263" />
        <source>Any of the tags</source>
        <translation>L’une des étiquettes</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="264" />
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="265" />
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="266" />
        <source>Days after purchase</source>
        <translation>Jours après l’achat</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="267" />
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="268" />
        <source>Restocking fee %</source>
        <translation>Frais de remise en stock %</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="269" />
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="275" />
        <source>any (or a comma-separated list)</source>
        <translation>toutes (ou une liste séparée par des virgules)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="277" />
        <source>unopened</source>
        <translation>non ouvert</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="278" />
        <source>opened</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="279" />
        <source>damaged</source>
        <translation>abîmé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="280" />
        <source>defective</source>
        <translation>défectueux</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="285" />
        <source>with or without</source>
        <translation>avec ou sans</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="285" />
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="285" />
        <source>without</source>
        <translation>sans</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="288" />
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="289" />
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="291" />
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="292" />
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="293" />
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="294" />
        <source>Not returnable</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="299" />
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="322" />
        <source>a manager approves</source>
        <translation>un responsable approuve</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="303" />
        <source>Policy name</source>
        <translation>Nom de la politique</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="304" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="305" />
        <source>Store-credit bonus %</source>
        <translation>Bonus d’avoir %</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="306" />
        <source>Manager approves refunds over</source>
        <translation>Un responsable approuve les remboursements au-delà de</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="307" />
        <source>No receipt: lowest price of the last … days</source>
        <translation>Sans ticket : prix le plus bas des … derniers jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="308" />
        <source>No receipt: ask for an ID</source>
        <translation>Sans ticket : demander une pièce d’identité</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="309" />
        <source>Returns per customer</source>
        <translation>Retours par client</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="310" />
        <source>No rule fits</source>
        <translation>Aucune règle ne convient</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="311" />
        <source>Seasonal windows</source>
        <translation>Périodes saisonnières</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="312" />
        <source>Offline: returns per customer</source>
        <translation>Hors ligne : retours par client</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="313" />
        <source>Offline: refunds to a card</source>
        <translation>Hors ligne : remboursements sur carte</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="314" />
        <source>Offline: another store's receipt</source>
        <translation>Hors ligne : ticket d’un autre magasin</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="321" />
        <source>count this store's returns</source>
        <translation>compter les retours de ce magasin</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="325" />
        <source>on the card terminal, as usual</source>
        <translation>sur le terminal de paiement, comme d’habitude</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="326" />
        <source>wait until online (or store credit)</source>
        <translation>attendre le retour en ligne (ou un avoir)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="327" />
        <source>give store credit</source>
        <translation>donner un avoir</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="330" />
        <source>take the items back without a receipt</source>
        <translation>reprendre les articles sans ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="331" />
        <source>the customer comes back later</source>
        <translation>le client revient plus tard</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="337" />
        <source>in days:</source>
        <translation>en jours :</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="338" />
        <source>e.g. 11-15..12-24 until 01-31; …</source>
        <translation>p. ex. 11-15..12-24 until 01-31 ; …</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="339" />
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="388" />
        <source>with receipt</source>
        <translation>avec ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="390" />
        <source>no receipt</source>
        <translation>sans ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="394" />
        <source>days {low}–{high}</source>
        <translation>jours {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_form.py" line="398" />
        <source>always</source>
        <translation>toujours</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="194" />
        <source>Standard 30 days</source>
        <translation>Standard 30 jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="195" />
        <source>Generous 90 days</source>
        <translation>Généreuse 90 jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="196" />
        <source>Strict electronics</source>
        <translation>Électronique stricte</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="200" />
        <source>Start from this template</source>
        <translation>Partir de ce modèle</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="201" />
        <source>Import JSON…</source>
        <translation>Importer JSON…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="202" />
        <source>Export JSON…</source>
        <translation>Exporter JSON…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="203" />
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="204" />
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="205" />
        <source>What the check found</source>
        <translation>Ce que la vérification a trouvé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="206" />
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="207" />
        <source>What if: the draft beside the published policy</source>
        <translation>Et si : le brouillon à côté de la politique publiée</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="208" />
        <source>Receipt number</source>
        <translation>Numéro du ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="213" />
        <source>Try</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="214" />
        <source>Publish this policy?</source>
        <translation>Publier cette politique ?</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="215" />
        <source>Not now, from</source>
        <translation>Pas maintenant, à partir du</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="216" />
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="217" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="247" />
        <source>Started from a template: edit it, then publish.</source>
        <translation>Parti d’un modèle : modifiez-le, puis publiez.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="268" />
        <source>Not valid yet: {problem}</source>
        <translation>Pas encore valide : {problem}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="273" />
        <source>Every rule can decide something; no gaps.</source>
        <translation>Chaque règle peut décider quelque chose ; aucun trou.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="282" />
        <source>Customers will read nothing new.</source>
        <translation>Les clients ne liront rien de nouveau.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="289" />
        <source>Rule “{rule}” can never match: its own conditions exclude each other.</source>
        <translation>La règle « {rule} » ne peut jamais s’appliquer : ses conditions s’excluent.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="293" />
        <source>Rule “{rule}” never decides anything: earlier rules ({by}) decide all it covers.</source>
        <translation>La règle « {rule} » ne décide jamais rien : des règles précédentes ({by}) décident tout ce qu’elle couvre.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="297" />
        <source>{first} days or more</source>
        <translation>{first} jours ou plus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="299" />
        <source>{first}–{last} days</source>
        <translation>{first}–{last} jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="303" />
        <source>with a receipt</source>
        <translation>avec ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="303" />
        <source>without a receipt</source>
        <translation>sans ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="306" />
        <source>No rule for items returned {receipt}, {days} after purchase ({states}): “no rule fits” decides.</source>
        <translation>Aucune règle pour les articles retournés {receipt}, {days} après l’achat ({states}) : « aucune règle ne convient » décide.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="313" />
        <source>Type or scan a receipt number to try the draft on.</source>
        <translation>Tapez ou scannez un numéro de ticket pour y essayer le brouillon.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="327" />
        <source>Trying {number}…</source>
        <translation>Essai sur {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="333" />
        <source>Receipt {number}: the draft on the left, the published policy on the right.</source>
        <translation>Ticket {number} : le brouillon à gauche, la politique publiée à droite.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="337" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="340" />
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="355" />
        <source>Total: {amount}</source>
        <translation>Total : {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="369" />
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="376" />
        <source>Customers will read:</source>
        <translation>Les clients liront :</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="399" />
        <source>Version {version} published; the counters use it from its start.</source>
        <translation>Version {version} publiée ; les caisses l’appliquent dès son début.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="410" />
        <source>Import a policy</source>
        <translation>Importer une politique</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="416" />
        <source>Export the policy</source>
        <translation>Exporter la politique</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="427" />
        <source>Cannot read {file}: {why}</source>
        <translation>Impossible de lire {file} : {why}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="435" />
        <source>Imported {file}: check it, then publish.</source>
        <translation>{file} importé : vérifiez-le, puis publiez.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="446" />
        <source>Cannot write {file}: {why}</source>
        <translation>Impossible d’écrire {file} : {why}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/policy_page.py" line="452" />
        <source>Exported to {file}.</source>
        <translation>Exporté vers {file}.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../pos_returns/ui/common.py" line="49" />
        <source>Printer offline: check cable and paper ({detail})</source>
        <translation>Imprimante hors ligne : vérifiez le câble et le papier ({detail})</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="325" />
        <source>Scan or type the receipt number, then Enter</source>
        <translation>Scannez ou tapez le numéro du ticket, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="331" />
        <source>by customer</source>
        <translation>par client</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="331" />
        <source>by card and day</source>
        <translation>par carte et jour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="331" />
        <source>by item and days</source>
        <translation>par article et jours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="334" />
        <source>Customer no., "VISA 1234" or item code</source>
        <translation>N° client, « VISA 1234 » ou code article</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="335" />
        <source>Find the sale</source>
        <translation>Trouver la vente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="336" />
        <source>No receipt number? Find the sale</source>
        <translation>Pas de numéro ? Trouver la vente</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="168" />
        <source>Looking for the sale…</source>
        <translation>Recherche de la vente…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="187" />
        <source>{n} sales found: pick one (Enter or double-click).</source>
        <translation>{n} ventes trouvées : choisissez-en une (Entrée ou double-clic).</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="189" />
        <source>No sale found: check what you typed and the days.</source>
        <translation>Aucune vente trouvée : vérifiez la saisie et les jours.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="340" />
        <source>A few words about the reason</source>
        <translation>Quelques mots sur le motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="341" />
        <source>Complete return</source>
        <translation>Valider le retour</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="337" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="338" />
        <source>Receipt language</source>
        <translation>Langue du ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="342" />
        <source>Manager approval</source>
        <translation>Accord du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="343" />
        <source>Manager code</source>
        <translation>Code du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="344" />
        <source>Manager PIN</source>
        <translation>PIN du responsable</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="345" />
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="346" />
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="339" />
        <source>Recent returns</source>
        <translation>Retours récents</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="323" />
        <source>Scan or type the item code, then Enter</source>
        <translation>Scannez ou tapez le code article, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="327" />
        <source>No receipt</source>
        <translation>Sans ticket</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="348" />
        <location filename="../../pos_returns/ui/return_page.py" line="400" />
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="450" />
        <source>Scan the receipt's barcode or type its number.</source>
        <translation>Scannez le code-barres du ticket ou tapez son numéro.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="452" />
        <location filename="../../pos_returns/ui/return_page.py" line="519" />
        <source>Looking up {number}…</source>
        <translation>Recherche de {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="487" />
        <source>Without a receipt: scan each item brought back</source>
        <translation>Sans ticket : scannez chaque article rapporté</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="489" />
        <source>Scan the items one by one; each is priced at its lowest recent price.</source>
        <translation>Scannez les articles un par un ; chacun est compté à son prix récent le plus bas.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="496" />
        <source>Scan the item's barcode or type its code.</source>
        <translation>Scannez le code-barres de l’article ou tapez son code.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="528" />
        <source>Without a receipt; items scanned: {n} (scan the next one)</source>
        <translation>Sans ticket ; articles scannés : {n} (scannez le suivant)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="534" />
        <source>Receipt {number}, sold {when}; paid with {paid}</source>
        <translation>Ticket {number}, vendu le {when} ; payé par {paid}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="539" />
        <source>Pick what comes back, then a reason.</source>
        <translation>Choisissez ce qui revient, puis un motif.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="541" />
        <source>Nothing on this receipt can be returned now.</source>
        <translation>Rien sur ce ticket ne peut être rendu maintenant.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="547" />
        <source>Offline: checked against this store's records.</source>
        <translation>Hors ligne : vérifié d’après les données de ce magasin.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="588" />
        <source>Nothing picked.</source>
        <translation>Rien de choisi.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="631" />
        <source>Store credit: {amount}</source>
        <translation>Avoir : {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="635" />
        <source>Restocking fees: {amount}</source>
        <translation>Frais de reprise : {amount}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="638" />
        <source>No money back: an exchange.</source>
        <translation>Pas de remboursement : un échange.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="646" />
        <source>Back to a refund</source>
        <translation>Revenir au remboursement</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="648" />
        <source>or {amount} store credit, {bonus} more</source>
        <translation>ou {amount} en avoir, {bonus} de plus</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="684" />
        <location filename="../../pos_returns/ui/return_page.py" line="692" />
        <source>Working out the amounts…</source>
        <translation>Calcul des montants…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="696" />
        <source>Pick the reason first.</source>
        <translation>Choisissez d’abord le motif.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="701" />
        <source>A manager types their code and PIN to approve.</source>
        <translation>Un responsable tape son code et son PIN pour approuver.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="706" />
        <source>Completing…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="747" />
        <source>Return {number} completed. The receipt is printing.</source>
        <translation>Retour {number} validé. Le ticket s’imprime.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="781" />
        <source>Reprinting {number}…</source>
        <translation>Réimpression de {number}…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="799" />
        <source>. The copy waits in the print queue.</source>
        <translation>. La copie attend dans la file d’impression.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/return_page.py" line="801" />
        <source>{number}: copy printed.</source>
        <translation>{number} : copie imprimée.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="169" />
        <source>The store</source>
        <translation>Le magasin</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="173" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="174" />
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="201" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="175" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="176" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="177" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="178" />
        <source>Receipt footer</source>
        <translation>Pied du reçu</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="179" />
        <source>Feedback address (QR code)</source>
        <translation>Adresse d’avis (code QR)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="184" />
        <source>Save the store's details</source>
        <translation>Enregistrer le magasin</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="185" />
        <source>Return reasons, in the order the counter lists them</source>
        <translation>Motifs de retour, dans l’ordre de la caisse</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="187" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="187" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="187" />
        <source>Asks for a note</source>
        <translation>Demande une note</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="189" />
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="197" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="190" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="191" />
        <source>Save the reasons</source>
        <translation>Enregistrer les motifs</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="192" />
        <source>Registers and their printers</source>
        <translation>Caisses et imprimantes</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="194" />
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="194" />
        <source>Printer (URL)</source>
        <translation>Imprimante (URL)</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="194" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="196" />
        <source>New register, e.g. R4</source>
        <translation>Nouvelle caisse, p. ex. R4</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="198" />
        <source>Save the printer</source>
        <translation>Enregistrer l’imprimante</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="199" />
        <source>Print a test page</source>
        <translation>Imprimer une page de test</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="200" />
        <source>The chain's central database</source>
        <translation>La base centrale de la chaîne</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="202" />
        <source>Store password</source>
        <translation>Mot de passe du magasin</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="204" />
        <source>Connect this register</source>
        <translation>Connecter cette caisse</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="280" />
        <source>Sync blocked: the central database refuses {n} records. The rest goes up; these are tried again at every sync.</source>
        <translation>Synchro bloquée : la base centrale refuse {n} enregistrements. Le reste remonte ; ceux-ci sont réessayés à chaque synchro.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="287" />
        <source>{kind} {label} ({tries} tries): {reason}</source>
        <translation>{kind} {label} ({tries} essais) : {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="322" />
        <source>The store's details are saved.</source>
        <translation>Les données du magasin sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="341" />
        <source>The reasons are saved; the counters list them from the next return.</source>
        <translation>Les motifs sont enregistrés ; les caisses les proposent dès le prochain retour.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="349" />
        <source>Register added.</source>
        <translation>Caisse ajoutée.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="355" />
        <source>Choose a register first.</source>
        <translation>Choisissez d’abord une caisse.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="376" />
        <source>Printer saved for {register}.</source>
        <translation>Imprimante enregistrée pour {register}.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="399" />
        <source>Test page sent to {register}'s printer.</source>
        <translation>Page de test envoyée à l’imprimante de {register}.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="402" />
        <source>Printing a test page…</source>
        <translation>Impression d’une page de test…</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/back_office/settings_page.py" line="420" />
        <source>This register syncs with {url} from now on; the password: {where}.</source>
        <translation>Cette caisse se synchronise désormais avec {url} ; le mot de passe : {where}.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="87" />
        <source>Sign in to the returns counter</source>
        <translation>Connexion au comptoir des retours</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="88" />
        <source>Employee code</source>
        <translation>Code employé</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="89" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="90" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="105" />
        <source>Demo store: the employees' codes and PINs are in {path}</source>
        <translation>Magasin de démonstration : les codes et PIN des employés sont dans {path}</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="128" />
        <source>Type your employee code and PIN.</source>
        <translation>Tapez votre code employé et votre PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_returns/ui/sign_in.py" line="131" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
</TS>