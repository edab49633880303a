"""Fill the counter screen's Qt catalogues (.ts) from the table below, then compile them.

    pyside6-lupdate pos_returns/ui/{sign_in,lines,return_page,no_receipt,counter}.py -ts resources/i18n/counter_{fr,nl,lv}.ts
    python resources/i18n/translate_ui.py        # fills, then runs pyside6-lrelease

A message missing here stays untranslated, and tests/ui fail on it.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).parent
LANGS = ("fr", "nl", "lv")

TEXTS: dict[str, tuple[str, str, str]] = {
    "pos-returns: returns counter": ("pos-returns : comptoir des retours", "pos-returns: retourbalie", "pos-returns: atgriešanas kase"),
    "Sign out": ("Se déconnecter", "Afmelden", "Iziet"),
    "Signed in: {name}": ("Connecté : {name}", "Aangemeld: {name}", "Pieslēdzies: {name}"),
    "Nobody signed in": ("Personne n’est connecté", "Niemand aangemeld", "Neviens nav pieslēdzies"),
    "preview only": ("aperçu seulement", "alleen voorbeeld", "tikai priekšskatījums"),
    "ready": ("prête", "gereed", "gatavs"),
    "Printer {printer}: {state}": ("Imprimante {printer} : {state}", "Printer {printer}: {state}", "Printeris {printer}: {state}"),
    "{n} receipts waiting": ("{n} tickets en attente", "{n} bonnen wachten", "{n} čeki gaida"),
    "Language": ("Langue", "Taal", "Valoda"),
    "Scan or type the receipt number, then Enter": ("Scannez ou tapez le numéro du ticket, puis Entrée", "Scan of typ het bonnummer, dan Enter", "Noskenējiet vai ierakstiet čeka numuru, tad Enter"),
    "by customer": ("par client", "op klant", "pēc pircēja"),
    "by card and day": ("par carte et jour", "op kaart en dag", "pēc kartes un dienas"),
    "by item and days": ("par article et jours", "op artikel en dagen", "pēc preces un dienām"),
    'Customer no., "VISA 1234" or item code': ("N° client, « VISA 1234 » ou code article", 'Klantnr., "VISA 1234" of artikelcode', "Pircēja nr., “VISA 1234” vai preces kods"),
    "Find the sale": ("Trouver la vente", "Zoek de verkoop", "Atrast pirkumu"),
    "No receipt number? Find the sale": ("Pas de numéro ? Trouver la vente", "Geen bonnummer? Zoek de verkoop", "Nav čeka numura? Atrodiet pirkumu"),
    "Looking for the sale…": ("Recherche de la vente…", "Verkoop zoeken…", "Meklē pirkumu…"),
    "{n} sales found: pick one (Enter or double-click).": ("{n} ventes trouvées : choisissez-en une (Entrée ou double-clic).", "{n} verkopen gevonden: kies er een (Enter of dubbelklik).", "Atrasti {n} pirkumi: izvēlieties vienu (Enter vai dubultklikšķis)."),
    "No sale found: check what you typed and the days.": ("Aucune vente trouvée : vérifiez la saisie et les jours.", "Geen verkoop gevonden: controleer wat u typte en de dagen.", "Pirkums nav atrasts: pārbaudiet ierakstīto un dienas."),
    "A few words about the reason": ("Quelques mots sur le motif", "Een paar woorden over de reden", "Daži vārdi par iemeslu"),
    "Complete return": ("Valider le retour", "Retour afronden", "Pabeigt atgriešanu"),
    "Reason": ("Motif", "Reden", "Iemesls"),
    "Receipt language": ("Langue du ticket", "Taal van de bon", "Čeka valoda"),
    "Manager approval": ("Accord du responsable", "Goedkeuring manager", "Vadītāja apstiprinājums"),
    "Manager code": ("Code du responsable", "Code manager", "Vadītāja kods"),
    "Manager PIN": ("PIN du responsable", "Pincode manager", "Vadītāja PIN"),
    "Note (optional)": ("Note (facultative)", "Notitie (optioneel)", "Piezīme (nav obligāta)"),
    "Reprint": ("Réimprimer", "Opnieuw afdrukken", "Drukāt vēlreiz"),
    "Recent returns": ("Retours récents", "Recente retouren", "Nesenās atgriešanas"),
    "Choose a reason…": ("Choisir un motif…", "Kies een reden…", "Izvēlieties iemeslu…"),
    "Scan the receipt's barcode or type its number.": ("Scannez le code-barres du ticket ou tapez son numéro.", "Scan de streepjescode van de bon of typ het nummer.", "Noskenējiet čeka svītrkodu vai ierakstiet tā numuru."),
    "Looking up {number}…": ("Recherche de {number}…", "{number} opzoeken…", "Meklē {number}…"),
    "Receipt {number}, sold {when}; paid with {paid}": ("Ticket {number}, vendu le {when} ; payé par {paid}", "Bon {number}, verkocht {when}; betaald met {paid}", "Čeks {number}, pārdots {when}; samaksāts ar {paid}"),
    "Pick what comes back, then a reason.": ("Choisissez ce qui revient, puis un motif.", "Kies wat terugkomt, dan een reden.", "Izvēlieties, ko atdod, tad iemeslu."),
    "Nothing on this receipt can be returned now.": ("Rien sur ce ticket ne peut être rendu maintenant.", "Niets op deze bon kan nu worden teruggebracht.", "Neko no šī čeka tagad nevar atgriezt."),
    "Everything on this line came back already.": ("Tout cet article a déjà été rendu.", "Alles van deze regel is al teruggebracht.", "Viss šajā rindā jau ir atgriezts."),
    "Override": ("Déroger", "Uitzondering", "Izņēmums"),
    "back to stock": ("retour en stock", "terug in voorraad", "atpakaļ noliktavā"),
    "to damaged goods": ("aux articles abîmés", "naar beschadigde goederen", "uz bojātām precēm"),
    "back to the vendor": ("retour au fournisseur", "terug naar leverancier", "atpakaļ piegādātājam"),
    "Override: refund": ("Dérogé : remboursé", "Uitzondering: terug", "Izņēmums: atmaksa"),
    "Refund": ("Remboursement", "Terugbetaling", "Atmaksa"),
    "Store credit": ("Avoir", "Tegoed", "Veikala kredīts"),
    "Exchange": ("Échange", "Ruil", "Apmaiņa"),
    "Not returnable": ("Non repris", "Geen retour", "Neatgriežams"),
    "Needs manager": ("Responsable requis", "Manager nodig", "Vajag vadītāju"),
    "All returned": ("Tout rendu", "Alles terug", "Viss atgriezts"),
    "Nothing picked.": ("Rien de choisi.", "Niets gekozen.", "Nekas nav izvēlēts."),
    "Store credit: {amount}": ("Avoir : {amount}", "Tegoed: {amount}", "Veikala kredīts: {amount}"),
    "Restocking fees: {amount}": ("Frais de reprise : {amount}", "Terugnamekosten: {amount}", "Apstrādes maksa: {amount}"),
    "No money back: an exchange.": ("Pas de remboursement : un échange.", "Geen geld terug: een ruil.", "Nauda netiek atmaksāta: apmaiņa."),
    "Back to a refund": ("Revenir au remboursement", "Terug naar terugbetaling", "Atpakaļ uz atmaksu"),
    "or {amount} store credit, {bonus} more": ("ou {amount} en avoir, {bonus} de plus", "of {amount} tegoed, {bonus} meer", "vai {amount} veikala kredītā, par {bonus} vairāk"),
    "Pick the reason first.": ("Choisissez d’abord le motif.", "Kies eerst de reden.", "Vispirms izvēlieties iemeslu."),
    "A manager types their code and PIN to approve.": ("Un responsable tape son code et son PIN pour approuver.", "Een manager typt code en pincode om goed te keuren.", "Vadītājs ieraksta savu kodu un PIN, lai apstiprinātu."),
    "Completing…": ("Validation…", "Afronden…", "Pabeidz…"),
    "Working out the amounts…": ("Calcul des montants…", "Bedragen berekenen…", "Aprēķina summas…"),
    "Return {number} completed. The receipt is printing.": ("Retour {number} validé. Le ticket s’imprime.", "Retour {number} afgerond. De bon wordt afgedrukt.", "Atgriešana {number} pabeigta. Čeks tiek drukāts."),
    "Reprinting {number}…": ("Réimpression de {number}…", "{number} opnieuw afdrukken…", "Drukā {number} vēlreiz…"),
    ". The copy waits in the print queue.": (". La copie attend dans la file d’impression.", ". De kopie wacht in de afdrukwachtrij.", ". Kopija gaida drukas rindā."),
    "{number}: copy printed.": ("{number} : copie imprimée.", "{number}: kopie afgedrukt.", "{number}: kopija nodrukāta."),
    "Sign in to the returns counter": ("Connexion au comptoir des retours", "Aanmelden bij de retourbalie", "Pieslēgties atgriešanas kasei"),
    "Employee code": ("Code employé", "Medewerkerscode", "Darbinieka kods"),
    "PIN": ("PIN", "Pincode", "PIN"),
    "Sign in": ("Se connecter", "Aanmelden", "Pieslēgties"),
    "Type your employee code and PIN.": ("Tapez votre code employé et votre PIN.", "Typ uw medewerkerscode en pincode.", "Ierakstiet savu darbinieka kodu un PIN."),
    "Checking…": ("Vérification…", "Controleren…", "Pārbauda…"),
    "Item": ("Article", "Artikel", "Prece"),
    "Bought / back": ("Acheté / rendu", "Gekocht / terug", "Pirkts / atd."),
    "Paid": ("Payé", "Betaald", "Samaksāts"),
    "Policy": ("Conditions", "Beleid", "Noteikumi"),
    "Qty": ("Qté", "Aantal", "Daudz."),
    "Condition": ("État", "Staat", "Stāvoklis"),
    "Customer's ID document (the policy asks for it)": ("Pièce d’identité du client (la politique la demande)", "Identiteitsbewijs van de klant (het beleid vraagt erom)", "Pircēja personu apliecinošs dokuments (to prasa noteikumi)"),
    "ID card, passport or licence number": ("N° de carte d’identité, passeport ou permis", "Nummer van id-kaart, paspoort of rijbewijs", "ID kartes, pases vai vadītāja apliecības numurs"),
    "Kept only as a code to count this customer's returns; never printed.": ("Conservé seulement sous forme de code pour compter les retours de ce client ; jamais imprimé.", "Alleen als code bewaard om de retouren van deze klant te tellen; nooit afgedrukt.", "Glabā tikai kā kodu šī pircēja atgriešanu skaitīšanai; nekad netiek drukāts."),
    "Catalogue price {price} (not sold lately).": ("Prix du catalogue {price} (pas vendu récemment).", "Catalogusprijs {price} (niet recent verkocht).", "Kataloga cena {price} (nesen nav pārdots)."),
    "Lowest price of the last {n} days: {price}.": ("Prix le plus bas des {n} derniers jours : {price}.", "Laagste prijs van de laatste {n} dagen: {price}.", "Zemākā cena pēdējo {n} dienu laikā: {price}."),
    "Scan or type the item code, then Enter": ("Scannez ou tapez le code article, puis Entrée", "Scan of typ de artikelcode, dan Enter", "Noskenējiet vai ierakstiet preces kodu, tad Enter"),
    "No receipt": ("Sans ticket", "Geen bon", "Bez čeka"),
    "Without a receipt: scan each item brought back": ("Sans ticket : scannez chaque article rapporté", "Zonder bon: scan elk teruggebracht artikel", "Bez čeka: noskenējiet katru atnesto preci"),
    "Scan the items one by one; each is priced at its lowest recent price.": ("Scannez les articles un par un ; chacun est compté à son prix récent le plus bas.", "Scan de artikelen een voor een; elk krijgt zijn laagste recente prijs.", "Skenējiet preces pa vienai; katrai tiek ņemta tās zemākā nesenā cena."),
    "Scan the item's barcode or type its code.": ("Scannez le code-barres de l’article ou tapez son code.", "Scan de streepjescode van het artikel of typ de code.", "Noskenējiet preces svītrkodu vai ierakstiet tās kodu."),
    "Without a receipt; items scanned: {n} (scan the next one)": ("Sans ticket ; articles scannés : {n} (scannez le suivant)", "Zonder bon; gescande artikelen: {n} (scan het volgende)", "Bez čeka; noskenētas preces: {n} (skenējiet nākamo)"),
    "preview, kept as PDF files": ("aperçu, gardé en fichiers PDF", "voorbeeld, bewaard als pdf-bestanden", "priekšskatījums, glabāts PDF failos"),
}


def fill(lang: str) -> list[str]:
    """Write the translations into counter_<lang>.ts; gives the sources left without one."""
    index = LANGS.index(lang)
    path = HERE / f"counter_{lang}.ts"
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", {"fr": "fr_FR", "nl": "nl_NL", "lv": "lv_LV"}[lang])
    missing = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in TEXTS:
            translation.text = TEXTS[source][index]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = []
    for lang in LANGS:
        missing += [f"{lang}: {text}" for text in fill(lang)]
        subprocess.run(
            ["pyside6-lrelease", str(HERE / f"counter_{lang}.ts"), "-qm",
             str(HERE / f"counter_{lang}.qm")],
            check=True,
            capture_output=True,
        )
    for line in missing:
        print("untranslated:", line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
