<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnnotationCommand</name>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation>Tag %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Change the colour of %1</source>
        <translation>Farbe von %1 ändern</translation>
    </message>
    <message>
        <source>Delete tag %1</source>
        <translation>Tag %1 löschen</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status auf %1 setzen</translation>
    </message>
    <message>
        <source>Remove the rating</source>
        <translation>Bewertung entfernen</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>Mit %1 bewerten</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markierung hinzufügen</translation>
    </message>
    <message>
        <source>Remove the highlight</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Change the highlight&apos;s colour</source>
        <translation>Farbe der Markierung ändern</translation>
    </message>
    <message>
        <source>Comment the highlight</source>
        <translation>Markierung kommentieren</translation>
    </message>
    <message>
        <source>Add to reading list %1</source>
        <translation>Zur Leseliste %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from the reading list</source>
        <translation>Aus der Leseliste entfernen</translation>
    </message>
    <message>
        <source>Reorder the reading list</source>
        <translation>Leseliste umsortieren</translation>
    </message>
    <message>
        <source>Delete reading list %1</source>
        <translation>Leseliste %1 löschen</translation>
    </message>
    <message>
        <source>Save the search as smart list %1</source>
        <translation>Suche als intelligente Liste %1 speichern</translation>
    </message>
    <message>
        <source>Rename smart list %1 to %2</source>
        <translation>Intelligente Liste %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit the query of smart list %1</source>
        <translation>Abfrage der intelligenten Liste %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete smart list %1</source>
        <translation>Intelligente Liste %1 löschen</translation>
    </message>
    <message>
        <source>New reading list %1</source>
        <translation>Leseliste %1 anlegen</translation>
    </message>
    <message>
        <source>Rename reading list %1 to %2</source>
        <translation>Leseliste %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit Citation Key</source>
        <translation>Zitierschlüssel bearbeiten</translation>
    </message>
    <message>
        <source>Regenerate Citation Keys</source>
        <translation>Zitierschlüssel neu erzeugen</translation>
    </message>
    <message>
        <source>Merge Duplicates</source>
        <translation>Duplikate zusammenführen</translation>
    </message>
    <message>
        <source>Edit Paper Details</source>
        <translation>Details des Artikels bearbeiten</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Aus dem Papierkorb wiederherstellen</translation>
    </message>
</context>
<context>
    <name>AnnotationText</name>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>To read</source>
        <translation>Zu lesen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Rating removed</source>
        <translation>Bewertung entfernt</translation>
    </message>
    <message>
        <source>Rated %1</source>
        <translation>Mit %1 bewertet</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Notiz bearbeitet</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>Tag %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Untagged %1</source>
        <translation>Tag %1 entfernt</translation>
    </message>
    <message>
        <source>Tag %1 renamed to %2</source>
        <translation>Tag %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Tag %1 merged into %2</source>
        <translation>Tag %1 mit %2 zusammengeführt</translation>
    </message>
    <message>
        <source>Highlighted “%1”</source>
        <translation>„%1“ markiert</translation>
    </message>
    <message>
        <source>Removed the highlight “%1”</source>
        <translation>Markierung „%1“ entfernt</translation>
    </message>
    <message>
        <source>Citation key %1 changed to %2</source>
        <translation>Zitierschlüssel %1 in %2 geändert</translation>
    </message>
    <message>
        <source>%1 filled in from %2</source>
        <extracomment>%1 is a field&apos;s name as lectern edit takes it (doi, year, container), %2 a file&apos;s name</extracomment>
        <translation>%1 ergänzt aus %2</translation>
    </message>
    <message>
        <source>Merged with “%1” (#%2)</source>
        <translation>Zusammengeführt mit „%1“ (#%2)</translation>
    </message>
    <message>
        <source>Edited %1: “%2” to “%3”</source>
        <extracomment>%1 is the field&apos;s name as lectern edit takes it (&quot;title&quot;, &quot;authors&quot;, &quot;date&quot;, ...)</extracomment>
        <translation>%1 geändert: „%2“ zu „%3“</translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation>In den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Restored from the Trash</source>
        <translation>Aus dem Papierkorb wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>DuplicatesSection</name>
    <message>
        <source>Show &amp;Duplicates</source>
        <translation>&amp;Duplikate anzeigen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Pairs of papers that are one paper: the same arXiv id or DOI, a preprint and its published version, or the same title, first author and year</source>
        <translation>Paare von Einträgen, die ein und derselbe Artikel sind: dieselbe arXiv-ID oder DOI, ein Preprint und seine veröffentlichte Fassung oder derselbe Titel, Erstautor und dasselbe Jahr</translation>
    </message>
</context>
<context>
    <name>ExportSources</name>
    <message>
        <source>Selected papers (%1)</source>
        <translation>Ausgewählte Artikel (%1)</translation>
    </message>
    <message>
        <source>Selected papers</source>
        <translation>Ausgewählte Artikel</translation>
    </message>
    <message>
        <source>Reading list: %1 (%2)</source>
        <translation>Leseliste: %1 (%2)</translation>
    </message>
    <message>
        <source>Reading list: %1</source>
        <translation>Leseliste: %1</translation>
    </message>
    <message>
        <source>Smart list: %1 (%2)</source>
        <translation>Intelligente Liste: %1 (%2)</translation>
    </message>
    <message>
        <source>Smart list: %1</source>
        <translation>Intelligente Liste: %1</translation>
    </message>
    <message>
        <source>All papers (%1)</source>
        <translation>Alle Artikel (%1)</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>Alle Artikel</translation>
    </message>
</context>
<context>
    <name>HighlightColors</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
</context>
<context>
    <name>InputDialogs</name>
    <message>
        <source>“%1”

Comment:</source>
        <extracomment>%1 is the highlighted text</extracomment>
        <translation>„%1“

Kommentar:</translation>
    </message>
</context>
<context>
    <name>KeptListMarks</name>
    <message>
        <source>Kept up to date in %1</source>
        <translation>Aktuell gehalten in %1</translation>
    </message>
    <message>
        <source>Stop Keeping the Exported File Up to Date</source>
        <translation>Exportierte Datei nicht mehr aktuell halten</translation>
    </message>
</context>
<context>
    <name>Lectern::AnnotationStore</name>
    <message>
        <source>no paper has the id %1</source>
        <translation>kein Artikel hat die ID %1</translation>
    </message>
    <message>
        <source>a rating is 0 (none) to 5, not %1</source>
        <translation>eine Bewertung reicht von 0 (keine) bis 5, nicht %1</translation>
    </message>
</context>
<context>
    <name>Lectern::ArxivAtomReader</name>
    <message>
        <source>expected an Atom &lt;feed&gt;, found &lt;%1&gt;</source>
        <translation>erwartet wurde ein Atom-&lt;feed&gt;, gefunden wurde &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the arXiv API answered with an error: %1</source>
        <translation>die arXiv-API hat mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>the feed ends before its elements are closed; expected the rest of the feed, up to &lt;/feed&gt;</source>
        <translation>der Feed endet, bevor seine Elemente geschlossen sind; erwartet wurde der Rest des Feeds bis &lt;/feed&gt;</translation>
    </message>
    <message>
        <source>expected well-formed XML: %1</source>
        <translation>erwartet wurde wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds over %2 MB of text, which no entry from arXiv does</source>
        <translation>&lt;%1&gt; enthält über %2 MB Text, was bei keinem Eintrag von arXiv vorkommt</translation>
    </message>
    <message>
        <source>the feed goes on for over %1 MB after this place without a tag or a text ending; is a closing quote, --&gt; or ]]&gt; missing?</source>
        <translation>der Feed läuft nach dieser Stelle über %1 MB weiter, ohne dass ein Tag oder ein Text endet; fehlt ein schließendes Anführungszeichen, --&gt; oder ]]&gt;?</translation>
    </message>
    <message>
        <source>expected an Atom &lt;feed&gt;, found the end of the input</source>
        <translation>erwartet wurde ein Atom-&lt;feed&gt;, gefunden wurde das Ende der Eingabe</translation>
    </message>
</context>
<context>
    <name>Lectern::ArxivJsonLinesReader</name>
    <message>
        <source>expected a JSON object with an arXiv &quot;id&quot; on each line</source>
        <translation>erwartet wurde in jeder Zeile ein JSON-Objekt mit einer arXiv-„id“</translation>
    </message>
    <message>
        <source>the first version&apos;s date &quot;%1&quot; is not a date Lectern reads</source>
        <translation>das Datum der ersten Version „%1“ ist kein Datum, das Lectern liest</translation>
    </message>
</context>
<context>
    <name>Lectern::Backups</name>
    <message>
        <source>cannot write the backup: %1</source>
        <translation>die Sicherung kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot create the folder for backups</source>
        <translation>der Ordner für Sicherungen kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the backup is damaged: %1</source>
        <translation>die Sicherung ist beschädigt: %1</translation>
    </message>
    <message>
        <source>cannot restore the backup: %1</source>
        <translation>die Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>cannot move the library aside</source>
        <translation>die Bibliothek kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>cannot copy the backup into place</source>
        <translation>die Sicherung kann nicht an ihre Stelle kopiert werden</translation>
    </message>
</context>
<context>
    <name>Lectern::BibTexReader</name>
    <message>
        <source>the file says it is in the encoding %1, which Lectern does not know; it is read as UTF-8</source>
        <translation>die Datei gibt die Kodierung %1 an, die Lectern nicht kennt; sie wird als UTF-8 gelesen</translation>
    </message>
    <message>
        <source>the @%1 starting here is not closed: a brace is missing</source>
        <translation>das hier beginnende @%1 ist nicht geschlossen: eine Klammer fehlt</translation>
    </message>
    <message>
        <source>the entry %1 starting here is not closed: a brace is missing</source>
        <translation>der hier beginnende Eintrag %1 ist nicht geschlossen: eine Klammer fehlt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; after the key %1</source>
        <translation>erwartet wurde &apos;,&apos; nach dem Schlüssel %1</translation>
    </message>
    <message>
        <source>the field %1 is given twice; the first is kept</source>
        <translation>das Feld %1 kommt zweimal vor; das erste wird behalten</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; after the value of field %2</source>
        <translation>erwartet wurde &apos;,&apos; oder &apos;%1&apos; nach dem Wert des Felds %2</translation>
    </message>
    <message>
        <source>expected a field name or &apos;%1&apos;</source>
        <translation>erwartet wurde ein Feldname oder &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the field name %1</source>
        <translation>erwartet wurde &apos;=&apos; nach dem Feldnamen %1</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; after the value of %2</source>
        <translation>erwartet wurde &apos;%1&apos; nach dem Wert von %2</translation>
    </message>
    <message>
        <source>expected the value of field %1: a {braced} or &quot;quoted&quot; text, a number or a @string name</source>
        <translation>erwartet wurde der Wert des Felds %1: ein {geklammerter} oder &quot;zitierter&quot; Text, eine Zahl oder ein @string-Name</translation>
    </message>
    <message>
        <source>the value of field %1 is over %2 characters long: a closing brace or quote is probably missing</source>
        <translation>der Wert des Felds %1 ist über %2 Zeichen lang: wahrscheinlich fehlt eine schließende Klammer oder ein Anführungszeichen</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to end the value of field %1, found &apos;}&apos;</source>
        <translation>erwartet wurde &apos;&quot;&apos; am Ende des Werts von Feld %1, gefunden wurde &apos;}&apos;</translation>
    </message>
    <message>
        <source>the @string %1 is not defined; its name is kept as text</source>
        <translation>der @string %1 ist nicht definiert; sein Name bleibt als Text stehen</translation>
    </message>
    <message>
        <source>the @%1 entry %2 has no title</source>
        <translation>der @%1-Eintrag %2 hat keinen Titel</translation>
    </message>
    <message>
        <source>no BibTeX entries found: expected entries such as @article{key, title = {...}}</source>
        <translation>keine BibTeX-Einträge gefunden: erwartet wurden Einträge wie @article{key, title = {...}}</translation>
    </message>
    <message>
        <source>the entry %1 takes fields from %2, but the file has no book, collection, proceedings or @xdata entry %2; those fields are missing</source>
        <translation>der Eintrag %1 übernimmt Felder von %2, aber die Datei hat keinen Buch-, Sammelband-, Tagungsband- oder @xdata-Eintrag %2; diese Felder fehlen</translation>
    </message>
    <message>
        <source>the entry %1 takes fields from %2, but no book, collection, proceedings or @xdata entry %2 comes in the %3 entries after it; those fields are missing</source>
        <translation>der Eintrag %1 übernimmt Felder von %2, aber in den %3 Einträgen nach ihm folgt kein Buch-, Sammelband-, Tagungsband- oder @xdata-Eintrag %2; diese Felder fehlen</translation>
    </message>
</context>
<context>
    <name>Lectern::CitationKeys</name>
    <message>
        <source>the first author&apos;s family name</source>
        <translation>der Familienname der ersten Autorin oder des ersten Autors</translation>
    </message>
    <message>
        <source>the year</source>
        <translation>das Jahr</translation>
    </message>
    <message>
        <source>the first significant word of the title</source>
        <translation>das erste bedeutungstragende Wort des Titels</translation>
    </message>
    <message>
        <source>the first three significant words of the title</source>
        <translation>die ersten drei bedeutungstragenden Wörter des Titels</translation>
    </message>
    <message>
        <source>the arXiv id</source>
        <translation>die arXiv-Kennung</translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; has a [ that is not closed</source>
        <translation>im Muster „%1“ ist eine [ nicht geschlossen</translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; has the unknown field [%2]; the fields are: %3</source>
        <translation>das Muster „%1“ enthält das unbekannte Feld [%2]; die Felder sind: %3</translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; holds &apos;%2&apos;, which a citation key cannot</source>
        <translation>das Muster „%1“ enthält „%2“, das in einem Zitierschlüssel nicht stehen kann</translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; has no field, so every paper would get the same key</source>
        <translation>das Muster „%1“ enthält kein Feld, jeder Artikel bekäme also denselben Schlüssel</translation>
    </message>
    <message>
        <source>a citation key cannot be empty</source>
        <translation>ein Zitierschlüssel darf nicht leer sein</translation>
    </message>
    <message>
        <source>the citation key is longer than %1 characters</source>
        <translation>der Zitierschlüssel ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>the citation key &apos;%1&apos; is already the key of paper %2, &quot;%3&quot;</source>
        <translation>der Zitierschlüssel „%1“ ist schon der Schlüssel von Artikel %2, „%3“</translation>
    </message>
    <message>
        <source>the citation key &apos;%1&apos; holds &apos;%2&apos;: a key cannot hold white space or any of , { } ( ) &quot; # % &apos; = \ ~</source>
        <translation>der Zitierschlüssel „%1“ enthält „%2“: ein Schlüssel darf keine Leerzeichen und keines von , { } ( ) &quot; # % &apos; = \ ~ enthalten</translation>
    </message>
</context>
<context>
    <name>Lectern::CiteActions</name>
    <message>
        <source>Copy \cite{...}</source>
        <translation>\cite{...} kopieren</translation>
    </message>
    <message>
        <source>Copy Pandoc Citation [@...]</source>
        <translation>Pandoc-Zitat [@...] kopieren</translation>
    </message>
    <message>
        <source>Copy BibTeX Entry</source>
        <translation>BibTeX-Eintrag kopieren</translation>
    </message>
    <message>
        <source>Copy Reference</source>
        <translation>Literaturangabe kopieren</translation>
    </message>
    <message>
        <source>Edit Citation Key...</source>
        <translation>Zitierschlüssel bearbeiten …</translation>
    </message>
    <message>
        <source>Regenerate Citation Keys</source>
        <translation>Zitierschlüssel neu erzeugen</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Copied the BibTeX of %n paper(s)</source>
        <translation>
            <numerusform>BibTeX von %n Artikel kopiert</numerusform>
            <numerusform>BibTeX von %n Artikeln kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the reference of %n paper(s)</source>
        <translation>
            <numerusform>Literaturangabe von %n Artikel kopiert</numerusform>
            <numerusform>Literaturangaben von %n Artikeln kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one paper to edit its citation key</source>
        <translation>Wählen Sie einen Artikel aus, um seinen Zitierschlüssel zu bearbeiten</translation>
    </message>
    <message>
        <source>Edit Citation Key</source>
        <translation>Zitierschlüssel bearbeiten</translation>
    </message>
    <message>
        <source>The key \cite{...} and [@...] use; unique in the library:</source>
        <translation>Der Schlüssel, den \cite{...} und [@...] verwenden; eindeutig in der Bibliothek:</translation>
    </message>
    <message>
        <source>The citation key is now %1</source>
        <translation>Der Zitierschlüssel ist jetzt %1</translation>
    </message>
    <message numerus="yes">
        <source>Made %n citation key(s) again from the pattern %1</source>
        <translation>
            <numerusform>%n Zitierschlüssel neu aus dem Muster %1 erzeugt</numerusform>
            <numerusform>%n Zitierschlüssel neu aus dem Muster %1 erzeugt</numerusform>
        </translation>
    </message>
    <message>
        <source>Citation Key Pattern...</source>
        <translation>Muster der Zitierschlüssel …</translation>
    </message>
    <message>
        <source>Citation Key Pattern</source>
        <translation>Muster der Zitierschlüssel</translation>
    </message>
    <message>
        <source>New keys are made from this pattern; keys already made stay until regenerated.
%1</source>
        <translation>Neue Schlüssel werden aus diesem Muster erzeugt; vorhandene bleiben, bis sie neu erzeugt werden.
%1</translation>
    </message>
    <message>
        <source>New citation keys are made from %1</source>
        <translation>Neue Zitierschlüssel werden aus %1 erzeugt</translation>
    </message>
</context>
<context>
    <name>Lectern::CslJsonReader</name>
    <message>
        <source>expected an object for item %1 of the list</source>
        <translation>erwartet wurde ein Objekt für Eintrag %1 der Liste</translation>
    </message>
    <message>
        <source>the keyword &quot;%1&quot; cannot be a tag; kept as a field</source>
        <translation>das Schlagwort „%1“ kann kein Tag sein; es bleibt als Feld erhalten</translation>
    </message>
</context>
<context>
    <name>Lectern::DailyPapersReader</name>
    <message>
        <source>expected a title on a line of its own, found %1 lines without a blank line between them</source>
        <translation>erwartet wurde ein Titel in einer eigenen Zeile, gefunden wurden %1 Zeilen ohne Leerzeile dazwischen</translation>
    </message>
    <message>
        <source>the title &quot;%1&quot; has no abstract after it</source>
        <translation>auf den Titel „%1“ folgt kein Abstract</translation>
    </message>
    <message>
        <source>no papers found: expected a title line, a blank line and an abstract</source>
        <translation>keine Artikel gefunden: erwartet werden eine Titelzeile, eine Leerzeile und ein Abstract</translation>
    </message>
</context>
<context>
    <name>Lectern::Database</name>
    <message>
        <source>is a directory, not a library file</source>
        <translation>ist ein Ordner, keine Bibliotheksdatei</translation>
    </message>
    <message>
        <source>cannot create the folder for the library</source>
        <translation>der Ordner für die Bibliothek kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the library: %1</source>
        <translation>die Bibliothek kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the library is read-only (the file or its folder cannot be written): nothing was changed</source>
        <translation>die Bibliothek ist schreibgeschützt (die Datei oder ihr Ordner kann nicht beschrieben werden): nichts wurde geändert</translation>
    </message>
    <message>
        <source>the library is busy: another program has been writing to it for %1 s. Nothing was changed; try again when it has finished</source>
        <translation>die Bibliothek ist belegt: ein anderes Programm schreibt seit %1 s in sie. Nichts wurde geändert; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>the library is busy: %1 has been writing to it for %2 s. Nothing was changed; try again when it has finished</source>
        <translation>die Bibliothek ist belegt: %1 schreibt seit %2 s in sie. Nichts wurde geändert; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
</context>
<context>
    <name>Lectern::DuplicateStore</name>
    <message>
        <source>a paper is always the same as itself</source>
        <translation>ein Artikel ist immer derselbe wie er selbst</translation>
    </message>
</context>
<context>
    <name>Lectern::DuplicatesView</name>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>No duplicates: every paper of the library is there once.</source>
        <translation>Keine Duplikate: Jeder Artikel der Bibliothek ist nur einmal vorhanden.</translation>
    </message>
    <message>
        <source>Fields marked differ: click the value the merged paper keeps</source>
        <translation>Die fett gesetzten Felder unterscheiden sich: Klicken Sie den Wert an, den der zusammengeführte Artikel behält</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Make the two one paper: tags, notes, highlights, lists and histories of both, the values chosen above; the other paper is removed (Edit &gt; Undo brings it back)</source>
        <translation>Beide zu einem Artikel machen: Tags, Notizen, Markierungen, Listen und Verläufe beider, die oben gewählten Werte; der andere Artikel wird entfernt (Bearbeiten &gt; Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Kein Duplikat</translation>
    </message>
    <message>
        <source>These are two papers: the pair is not shown again</source>
        <translation>Das sind zwei verschiedene Artikel: Das Paar wird nicht mehr angezeigt</translation>
    </message>
    <message>
        <source>#%1, %2</source>
        <translation>#%1, %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>The two differ here</source>
        <translation>Hier unterscheiden sich die beiden</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The same arXiv id</source>
        <translation>Dieselbe arXiv-ID</translation>
    </message>
    <message>
        <source>The same DOI</source>
        <translation>Dieselbe DOI</translation>
    </message>
    <message>
        <source>A preprint and its published version</source>
        <translation>Ein Preprint und seine veröffentlichte Fassung</translation>
    </message>
    <message>
        <source>The same title, first author and year</source>
        <translation>Derselbe Titel, Erstautor und dasselbe Jahr</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>arXiv id</source>
        <translation>arXiv-ID</translation>
    </message>
    <message>
        <source>arXiv category</source>
        <translation>arXiv-Kategorie</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Journal or book</source>
        <translation>Zeitschrift oder Buch</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Heft</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
</context>
<context>
    <name>Lectern::EditActions</name>
    <message>
        <source>&amp;Edit Paper Details...</source>
        <translation>Details des Artikels &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>Select a paper to edit its details</source>
        <translation>Wählen Sie einen Artikel, um seine Details zu bearbeiten</translation>
    </message>
    <message>
        <source>Saved the details of &quot;%1&quot;</source>
        <translation>Die Details von „%1“ gespeichert</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportDialog</name>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Markierungen</translation>
    </message>
    <message>
        <source>Export Papers</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Papers:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Einschließen:</translation>
    </message>
    <message numerus="yes">
        <source>Preview of all %n paper(s):</source>
        <translation>
            <numerusform>Vorschau von %n Artikel:</numerusform>
            <numerusform>Vorschau aller %n Artikel:</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the first %1 of %2 papers:</source>
        <translation>Vorschau der ersten %1 von %2 Artikeln:</translation>
    </message>
    <message>
        <source>⚠ %1 has no place for %2: the file will leave them out.</source>
        <translation>⚠ %1 hat keinen Platz für %2: Die Datei lässt sie weg.</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>Es wurde nichts geschrieben. %1</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>&amp;Keep the file up to date as the papers change</source>
        <translation>Datei &amp;aktuell halten, wenn sich die Artikel ändern</translation>
    </message>
    <message>
        <source>Lectern rewrites the file after every change to these papers, also those made on the command line (&apos;lectern exports&apos; lists such files)</source>
        <translation>Lectern schreibt die Datei nach jeder Änderung dieser Artikel neu, auch nach Änderungen auf der Kommandozeile („lectern exports“ listet solche Dateien)</translation>
    </message>
    <message>
        <source>The file was written, but cannot be kept up to date: %1</source>
        <translation>Die Datei wurde geschrieben, kann aber nicht aktuell gehalten werden: %1</translation>
    </message>
    <message>
        <source>Write accented letters as LaTeX commands, for an 8-bit BibTeX</source>
        <translation>Buchstaben mit Akzenten als LaTeX-Befehle schreiben, für ein 8-Bit-BibTeX</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportFile</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportWorker</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Lectern::Exporter</name>
    <message>
        <source>&apos;%1&apos; is not a field; the fields are %2</source>
        <translation>„%1“ ist kein Feld; die Felder sind %2</translation>
    </message>
</context>
<context>
    <name>Lectern::FileImport</name>
    <message>
        <source>there is no format &quot;%1&quot;; Lectern reads %2</source>
        <translation>es gibt kein Format „%1“; Lectern liest %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the format of this file is not one Lectern reads (%1)</source>
        <translation>diese Datei hat kein Format, das Lectern liest (%1)</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was changed</source>
        <translation>der Import wurde abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a pipe or a device, not a file; save what it gives to a file first</source>
        <translation>ist eine Pipe oder ein Gerät, keine Datei; speichern Sie zuerst, was es liefert, in einer Datei</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>found no papers in this file, read as %1</source>
        <translation>in dieser Datei wurden keine Artikel gefunden, gelesen als %1</translation>
    </message>
    <message>
        <source>, updated %1</source>
        <translation>, %1 aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): imported %3, skipped %n duplicates</source>
        <translation>
            <numerusform>%1 (%2): %3 importiert, %n Duplikat übersprungen</numerusform>
            <numerusform>%1 (%2): %3 importiert, %n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, left out %n invalid records</source>
        <translation>
            <numerusform>, %n ungültigen Eintrag ausgelassen</numerusform>
            <numerusform>, %n ungültige Einträge ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warnings</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lines read as windows-1252</source>
        <translation>
            <numerusform>, %n Zeile als windows-1252 gelesen</numerusform>
            <numerusform>, %n Zeilen als windows-1252 gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Formats</name>
    <message>
        <source>Daily papers list</source>
        <translation>Tägliche Artikelliste</translation>
    </message>
    <message>
        <source>Lectern JSON (a library with everything in it)</source>
        <translation>Lectern JSON (eine Bibliothek mit allem, was sie enthält)</translation>
    </message>
    <message>
        <source>RIS (EndNote, Zotero, Scopus, Web of Science, PubMed)</source>
        <translation>RIS (EndNote, Zotero, Scopus, Web of Science, PubMed)</translation>
    </message>
    <message>
        <source>CSL-JSON (Zotero, pandoc, citeproc)</source>
        <translation>CSL-JSON (Zotero, pandoc, citeproc)</translation>
    </message>
    <message>
        <source>arXiv API feed (Atom)</source>
        <translation>arXiv-API-Feed (Atom)</translation>
    </message>
    <message>
        <source>arXiv metadata snapshot (JSON Lines)</source>
        <translation>arXiv-Metadaten-Snapshot (JSON Lines)</translation>
    </message>
    <message>
        <source>BibTeX and biblatex</source>
        <translation>BibTeX und biblatex</translation>
    </message>
</context>
<context>
    <name>Lectern::GettingStartedWidget</name>
    <message>
        <source>Your library is empty. Try the sample to see how Lectern works, or import a list of papers; you can also drop files on the window.</source>
        <translation>Ihre Bibliothek ist leer. Probieren Sie das Beispiel aus, um zu sehen, wie Lectern funktioniert, oder importieren Sie eine Liste von Artikeln; Sie können Dateien auch auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>Import the Getting Started sample</source>
        <translation>Das Einstiegsbeispiel importieren</translation>
    </message>
    <message>
        <source>Import papers...</source>
        <translation>Artikel importieren …</translation>
    </message>
</context>
<context>
    <name>Lectern::HelpMenu</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Query Language</source>
        <translation>&amp;Abfragesprache</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>Über &amp;Lectern</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Reads the abstracts of research papers and keeps them in a local library you can search.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;&lt;p&gt;Qt %3, SQLite %4, KSyntaxHighlighting %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Liest die Zusammenfassungen wissenschaftlicher Artikel und bewahrt sie in einer lokalen, durchsuchbaren Bibliothek auf.&lt;/p&gt;&lt;p&gt;Bibliothek: %2&lt;/p&gt;&lt;p&gt;Qt %3, SQLite %4, KSyntaxHighlighting %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>Über Lectern</translation>
    </message>
</context>
<context>
    <name>Lectern::HighlightList</name>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <source>Edit &amp;Comment...</source>
        <translation>&amp;Kommentar bearbeiten …</translation>
    </message>
    <message>
        <source>(This text is no longer in the abstract.)</source>
        <translation>(Dieser Text steht nicht mehr im Abstract.)</translation>
    </message>
    <message>
        <source>Highlight Comment</source>
        <translation>Kommentar zur Markierung</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Select text in the abstract and press H to highlight it.</source>
        <translation>Wählen Sie Text im Abstract aus und drücken Sie H, um ihn zu markieren.</translation>
    </message>
</context>
<context>
    <name>Lectern::HighlightStore</name>
    <message>
        <source>cannot store the highlight: %1</source>
        <translation>die Markierung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>no highlight has the id %1</source>
        <translation>keine Markierung hat die ID %1</translation>
    </message>
    <message>
        <source>no paper has the id %1</source>
        <translation>kein Artikel hat die ID %1</translation>
    </message>
    <message>
        <source>characters %1 to %2 are not in the abstract of paper %3, which has %4</source>
        <translation>die Zeichen %1 bis %2 liegen nicht im Abstract von Artikel %3, das %4 Zeichen hat</translation>
    </message>
</context>
<context>
    <name>Lectern::HistoryView</name>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
</context>
<context>
    <name>Lectern::ImportReport</name>
    <message>
        <source>... and %1 more (Show Details...)</source>
        <translation>... und %1 weitere (Details einblenden...)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was added from a file with an error.</source>
        <translation>Aus einer fehlerhaften Datei wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing was added from a file with an error. Its valid records can be imported without the broken ones listed here.</source>
        <translation>Aus einer fehlerhaften Datei wurde nichts hinzugefügt. Ihre gültigen Einträge können ohne die hier aufgeführten fehlerhaften importiert werden.</translation>
    </message>
    <message>
        <source>&amp;Import the Valid Records</source>
        <translation>Gültige Einträge &amp;importieren</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
</context>
<context>
    <name>Lectern::ImportText</name>
    <message>
        <source>expected well-formed JSON: %1</source>
        <translation>erwartet wurde wohlgeformtes JSON: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::ImportWorker</name>
    <message>
        <source>%1: %2 lines were not UTF-8 and were read as windows-1252</source>
        <translation>%1: %2 Zeilen waren kein UTF-8 und wurden als windows-1252 gelesen</translation>
    </message>
</context>
<context>
    <name>Lectern::JsonItemReader</name>
    <message>
        <source>the list ends without its closing ]</source>
        <translation>die Liste endet ohne ihre schließende ]</translation>
    </message>
    <message>
        <source>expected nothing more after the end of the JSON document</source>
        <translation>erwartet wurde nichts mehr nach dem Ende des JSON-Dokuments</translation>
    </message>
    <message>
        <source>expected a comma or ] after item %1 of the list</source>
        <translation>erwartet wurde ein Komma oder ] nach Eintrag %1 der Liste</translation>
    </message>
    <message>
        <source>expected a value, found &quot;%1&quot;</source>
        <translation>erwartet wurde ein Wert, gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>item %1 is over %2 MB, which no record is; is a closing bracket or quote missing?</source>
        <translation>Eintrag %1 ist größer als %2 MB, was kein Datensatz ist; fehlt eine schließende Klammer oder ein Anführungszeichen?</translation>
    </message>
    <message>
        <source>; nothing after it could be read</source>
        <translation>; danach konnte nichts mehr gelesen werden</translation>
    </message>
</context>
<context>
    <name>Lectern::KeptExports</name>
    <message>
        <source>the query is not valid at character %1: %2</source>
        <translation>die Abfrage ist bei Zeichen %1 ungültig: %2</translation>
    </message>
    <message>
        <source>the smart list &quot;%1&quot;: %2</source>
        <translation>die intelligente Liste „%1“: %2</translation>
    </message>
    <message>
        <source>no reading list or smart list is named &quot;%1&quot;</source>
        <translation>keine Leseliste und keine intelligente Liste heißt „%1“</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format</source>
        <translation>„%1“ ist kein Exportformat</translation>
    </message>
    <message>
        <source>no export is kept up to date in %1</source>
        <translation>in %1 wird kein Export aktuell gehalten</translation>
    </message>
</context>
<context>
    <name>Lectern::KeptExportsWriter</name>
    <message>
        <source>Could not keep %1 up to date: %2</source>
        <translation>%1 konnte nicht aktuell gehalten werden: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::LecternJsonReader</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected the line {&quot;lectern&quot;: &quot;library&quot;, ...} that starts a Lectern JSON file</source>
        <translation>erwartet wurde die Zeile {&quot;lectern&quot;: &quot;library&quot;, ...}, mit der eine Lectern-JSON-Datei beginnt</translation>
    </message>
    <message>
        <source>written by a newer Lectern (format version %1); this one reads version %2</source>
        <translation>von einem neueren Lectern geschrieben (Formatversion %1); dieses liest Version %2</translation>
    </message>
    <message>
        <source>a record of a kind this Lectern does not know (%1), skipped</source>
        <translation>ein Eintrag einer Art, die dieses Lectern nicht kennt (%1), übersprungen</translation>
    </message>
</context>
<context>
    <name>Lectern::Library</name>
    <message>
        <source>is an empty file, not a Lectern library (delete it to start a new library there)</source>
        <translation>ist eine leere Datei, keine Lectern-Bibliothek (löschen Sie sie, um dort eine neue Bibliothek anzulegen)</translation>
    </message>
    <message>
        <source>the search index: %1</source>
        <translation>der Suchindex: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryMenu</name>
    <message>
        <source>Lectern libraries (*.sqlite);;All files (*)</source>
        <translation>Lectern-Bibliotheken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New Library...</source>
        <translation>&amp;Neue Bibliothek...</translation>
    </message>
    <message>
        <source>&amp;Open Library...</source>
        <translation>Bibliothek ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>new library.sqlite</source>
        <translation>neue Bibliothek.sqlite</translation>
    </message>
    <message>
        <source>No other library opened yet</source>
        <translation>Noch keine andere Bibliothek geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Lectern::LibrarySwitcher</name>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Cannot open the library.
%1</source>
        <translation>Die Bibliothek kann nicht geöffnet werden.
%1</translation>
    </message>
    <message>
        <source>Its newest backup is from %1. Restore it? The file as it is now is kept beside it under another name.</source>
        <translation>Ihre neueste Sicherung ist vom %1. Wiederherstellen? Die Datei, wie sie jetzt ist, wird unter anderem Namen daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot open the library %1.
%2</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden.
%2</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File &gt; Open Library, or choose a new name for the new library.</source>
        <translation>%1 gibt es schon. Öffnen Sie sie mit Datei &gt; Bibliothek öffnen, oder wählen Sie einen neuen Namen für die neue Bibliothek.</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryUpgradeDialog</name>
    <message>
        <source>Upgrading the Library</source>
        <translation>Bibliothek wird aktualisiert</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version of Lectern: a backup of it is written first, then its search index is made again. For a large library this may take a few minutes.</source>
        <translation>%1 wird für diese Version von Lectern aktualisiert: Zuerst wird eine Sicherung geschrieben, dann wird der Suchindex neu aufgebaut. Bei einer großen Bibliothek kann das einige Minuten dauern.</translation>
    </message>
</context>
<context>
    <name>Lectern::ListActions</name>
    <message>
        <source>&amp;Save Search as Smart List...</source>
        <translation>Suche als &amp;intelligente Liste speichern …</translation>
    </message>
    <message>
        <source>&amp;New Reading List...</source>
        <translation>&amp;Neue Leseliste …</translation>
    </message>
    <message>
        <source>&amp;Remove from Reading List</source>
        <translation>Aus Leseliste &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Add to Reading &amp;List</source>
        <translation>Zu &amp;Leseliste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New List...</source>
        <translation>&amp;Neue Liste …</translation>
    </message>
    <message>
        <source>The search is not a query yet; correct it first.</source>
        <translation>Die Suche ist noch keine gültige Abfrage; korrigieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Type a search first: the smart list keeps what it finds.</source>
        <translation>Geben Sie zuerst eine Suche ein: Die intelligente Liste enthält, was die Suche findet.</translation>
    </message>
    <message>
        <source>Save Search as Smart List</source>
        <translation>Suche als intelligente Liste speichern</translation>
    </message>
    <message>
        <source>Name of the smart list for %1:</source>
        <translation>Name der intelligenten Liste für %1:</translation>
    </message>
    <message>
        <source>Add to Reading List</source>
        <translation>Zu Leseliste hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n paper(s) to the list (a new name makes a new list):</source>
        <translation>
            <numerusform>%n Artikel zur Liste hinzufügen (ein neuer Name legt eine neue Liste an):</numerusform>
            <numerusform>%n Artikel zur Liste hinzufügen (ein neuer Name legt eine neue Liste an):</numerusform>
        </translation>
    </message>
    <message>
        <source>New Reading List</source>
        <translation>Neue Leseliste</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Name der Liste:</translation>
    </message>
    <message>
        <source>Select the papers to add first.</source>
        <translation>Wählen Sie zuerst die Artikel aus, die hinzugefügt werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>The reading list %1 has %n paper(s).</source>
        <translation>
            <numerusform>Die Leseliste %1 enthält %n Artikel.</numerusform>
            <numerusform>Die Leseliste %1 enthält %n Artikel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n paper(s) to %1</source>
        <translation>
            <numerusform>%n Artikel nach %1 exportiert</numerusform>
            <numerusform>%n Artikel nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Reading List by &amp;Name...</source>
        <translation>Zur Leseliste &amp;nach Name hinzufügen...</translation>
    </message>
    <message>
        <source>Move &amp;Up in List</source>
        <translation>In der Liste nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down in List</source>
        <translation>In der Liste nach &amp;unten</translation>
    </message>
    <message>
        <source>The list is sorted by a column: click that column&apos;s header until its arrow goes to move papers in the list&apos;s own order (by dragging or Ctrl+Shift+Up/Down).</source>
        <translation>Die Liste ist nach einer Spalte sortiert: Klicken Sie auf den Kopf dieser Spalte, bis der Pfeil verschwindet, um Artikel in der eigenen Reihenfolge der Liste zu verschieben (durch Ziehen oder Strg+Umschalt+Hoch/Runter).</translation>
    </message>
    <message>
        <source>The list shows a search: clear it to move papers in the list&apos;s own order.</source>
        <translation>Die Liste zeigt eine Suche: Leeren Sie sie, um Artikel in der eigenen Reihenfolge der Liste zu verschieben.</translation>
    </message>
</context>
<context>
    <name>Lectern::ListNames</name>
    <message>
        <source>a reading list needs a name</source>
        <translation>eine Leseliste braucht einen Namen</translation>
    </message>
    <message>
        <source>a smart list needs a name</source>
        <translation>eine intelligente Liste braucht einen Namen</translation>
    </message>
    <message>
        <source>a reading list named &quot;%1&quot; already exists</source>
        <translation>eine Leseliste namens „%1“ gibt es bereits</translation>
    </message>
    <message>
        <source>a smart list named &quot;%1&quot; already exists</source>
        <translation>eine intelligente Liste namens „%1“ gibt es bereits</translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>An import is running; try again when it is done.</source>
        <translation>Ein Import läuft gerade; versuchen Sie es erneut, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Import Papers</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listen</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2</source>
        <extracomment>%1 is &quot;%n papers&quot;, %2 is &quot;%n duplicates&quot;</extracomment>
        <translation>%1 importiert, %2 übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n papers</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n papers</source>
        <translation>
            <numerusform>%1 von %n Artikel</numerusform>
            <numerusform>%1 von %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore from Backup...</source>
        <translation>Aus &amp;Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>Die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <source>A check of %1 found it damaged. Restore a backup before you make more changes.</source>
        <translation>Eine Prüfung von %1 hat sie beschädigt vorgefunden. Stellen Sie eine Sicherung wieder her, bevor Sie weitere Änderungen vornehmen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Another file...</source>
        <translation>Andere Datei …</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <translation>Wiederherzustellende Sicherung:</translation>
    </message>
    <message>
        <source>Lectern libraries (*.sqlite);;All files (*)</source>
        <translation>Lectern-Bibliotheken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace everything in the library with the backup &quot;%1&quot;? What the library holds now is kept in a file beside it.</source>
        <translation>Alles in der Bibliothek durch die Sicherung „%1“ ersetzen? Was die Bibliothek jetzt enthält, wird in einer Datei daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored %1; what the library held before is in %2</source>
        <translation>%1 wiederhergestellt; was die Bibliothek vorher enthielt, liegt in %2</translation>
    </message>
    <message>
        <source>All formats Lectern reads (%1)</source>
        <translation>Alle Formate, die Lectern liest (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the import; nothing of the file being read is added</source>
        <translation>Den Import anhalten; nichts aus der gerade gelesenen Datei wird hinzugefügt</translation>
    </message>
    <message>
        <source>&amp;Paste Papers</source>
        <translation>Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>Import the papers in the clipboard&apos;s text: a day&apos;s list, BibTeX, RIS, ...</source>
        <translation>Die Artikel im Text der Zwischenablage importieren: eine Tagesliste, BibTeX, RIS, …</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Importieren.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Import cancelled: nothing of the file it was reading was added.</source>
        <translation>Import abgebrochen: nichts aus der gerade gelesenen Datei wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>abgelegter Text</translation>
    </message>
    <message>
        <source>&amp;Cite</source>
        <translation>&amp;Zitieren</translation>
    </message>
    <message>
        <source>Import failed: nothing was added.</source>
        <translation>Import fehlgeschlagen: nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>No paper matches the search.</source>
        <translation>Kein Artikel passt zur Suche.</translation>
    </message>
    <message>
        <source>This reading list is empty. Select papers in another list and add them with %1 or Lists &gt; Add to Reading List, or drag them onto the list in the sidebar.</source>
        <extracomment>%1 is the key of Add to Reading List by Name, &quot;Ctrl+L&quot;</extracomment>
        <translation>Diese Leseliste ist leer. Wählen Sie Artikel in einer anderen Liste und fügen Sie sie mit %1 oder Listen &gt; Zur Leseliste hinzufügen hinzu, oder ziehen Sie sie auf die Liste in der Seitenleiste.</translation>
    </message>
    <message>
        <source>No paper here.</source>
        <translation>Hier ist kein Artikel.</translation>
    </message>
    <message>
        <source>%1 (read-only) – Lectern</source>
        <translation>%1 (schreibgeschützt) – Lectern</translation>
    </message>
    <message>
        <source>%1 – Lectern</source>
        <translation>%1 – Lectern</translation>
    </message>
    <message numerus="yes">
        <source>, filled in the empty fields of %n papers</source>
        <translation>
            <numerusform>, leere Felder von %n Artikel ergänzt</numerusform>
            <numerusform>, leere Felder von %n Artikeln ergänzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, left out %n invalid records</source>
        <translation>
            <numerusform>, %n ungültigen Eintrag ausgelassen</numerusform>
            <numerusform>, %n ungültige Einträge ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::NoteEditor</name>
    <message>
        <source>Your notes on this paper, in Markdown. They are saved as you type.</source>
        <translation>Ihre Notizen zu diesem Artikel, in Markdown. Sie werden beim Tippen gespeichert.</translation>
    </message>
</context>
<context>
    <name>Lectern::NotePane</name>
    <message>
        <source>Note &amp;Preview</source>
        <translation>Notiz&amp;vorschau</translation>
    </message>
    <message>
        <source>Note &amp;Theme</source>
        <translation>Notiz-&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
</context>
<context>
    <name>Lectern::PaperActions</name>
    <message>
        <source>&amp;Tag...</source>
        <translation>&amp;Tag hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>Link ö&amp;ffnen</translation>
    </message>
    <message>
        <source>No Rating</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>This paper has no link.</source>
        <translation>Dieser Artikel hat keinen Link.</translation>
    </message>
    <message>
        <source>Inbox: %1 left</source>
        <translation>Eingang: noch %1</translation>
    </message>
    <message>
        <source>Inbox empty</source>
        <translation>Eingang leer</translation>
    </message>
    <message>
        <source>Could not open %1: no web browser was found to open it with.</source>
        <translation>%1 konnte nicht geöffnet werden: Es wurde kein Webbrowser gefunden, der es öffnen kann.</translation>
    </message>
</context>
<context>
    <name>Lectern::PaperEditDialog</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Autoren:</translation>
    </message>
    <message>
        <source>E&amp;ditors:</source>
        <translation>He&amp;rausgeber:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>&amp;Journal or book:</source>
        <translation>&amp;Zeitschrift oder Buch:</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Band:</translation>
    </message>
    <message>
        <source>Iss&amp;ue:</source>
        <translation>&amp;Heft:</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>&amp;Seiten:</translation>
    </message>
    <message>
        <source>Pu&amp;blisher:</source>
        <translation>&amp;Verlag:</translation>
    </message>
    <message>
        <source>ISBN:</source>
        <translation>ISBN:</translation>
    </message>
    <message>
        <source>ISSN:</source>
        <translation>ISSN:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>D&amp;OI:</source>
        <translation>D&amp;OI:</translation>
    </message>
    <message>
        <source>ar&amp;Xiv id:</source>
        <translation>ar&amp;Xiv-ID:</translation>
    </message>
    <message>
        <source>arXiv &amp;category:</source>
        <translation>arXiv-&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Lin&amp;ks:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>Ab&amp;stract:</source>
        <translation>Zusammen&amp;fassung:</translation>
    </message>
    <message>
        <source>Citation &amp;key:</source>
        <translation>Zitier&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Edit Paper Details</source>
        <translation>Details des Artikels bearbeiten</translation>
    </message>
    <message>
        <source>Fields Lectern has no place for, one a line: NAME = VALUE</source>
        <translation>Felder, für die Lectern keinen Platz hat, eines je Zeile: NAME = WERT</translation>
    </message>
    <message>
        <source>&amp;Other fields:</source>
        <translation>&amp;Weitere Felder:</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Return)</source>
        <translation>Die Änderungen speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>One name a line, or separated by &quot;;&quot;: &quot;Family, Given&quot; or &quot;Given Family&quot;; an organisation in braces: {World Health Organization}</source>
        <translation>Ein Name je Zeile oder durch „;“ getrennt: „Nachname, Vorname“ oder „Vorname Nachname“; eine Organisation in geschweiften Klammern: {World Health Organization}</translation>
    </message>
    <message>
        <source>2025, 2025-06 or 2025-06-13</source>
        <translation>2025, 2025-06 oder 2025-06-13</translation>
    </message>
    <message>
        <source>Family names in bold: %1</source>
        <extracomment>Under the authors: how the names are split, the family names in bold</extracomment>
        <translation>Nachnamen fett: %1</translation>
    </message>
    <message>
        <source>Other fields: &apos;%1&apos; is not NAME = VALUE</source>
        <translation>Weitere Felder: „%1“ ist nicht NAME = WERT</translation>
    </message>
</context>
<context>
    <name>Lectern::PaperEditor</name>
    <message>
        <source>no paper has the id %1</source>
        <translation>kein Artikel hat die ID %1</translation>
    </message>
    <message>
        <source>a paper needs a title</source>
        <translation>ein Artikel braucht einen Titel</translation>
    </message>
    <message>
        <source>%1 is already paper %2&apos;s, &quot;%3&quot;</source>
        <translation>%1 gehört schon Artikel %2, „%3“</translation>
    </message>
</context>
<context>
    <name>Lectern::PaperFieldText</name>
    <message>
        <source>&apos;%1&apos; is not a date: write 2025, 2025-06 or 2025-06-13</source>
        <translation>„%1“ ist kein Datum: schreiben Sie 2025, 2025-06 oder 2025-06-13</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year: write four digits, such as 2025</source>
        <translation>„%1“ ist kein Jahr: schreiben Sie vier Ziffern, etwa 2025</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a type; the types are %2</source>
        <translation>„%1“ ist kein Typ; die Typen sind %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DOI (10.NNNN/...)</source>
        <translation>„%1“ ist keine DOI (10.NNNN/...)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an arXiv id (2306.01234)</source>
        <translation>„%1“ ist keine arXiv-ID (2306.01234)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address (http or https)</source>
        <translation>„%1“ ist keine Webadresse (http oder https)</translation>
    </message>
    <message>
        <source>name the extra field: extra.NAME=VALUE</source>
        <translation>nennen Sie das weitere Feld: extra.NAME=WERT</translation>
    </message>
    <message>
        <source>no field is called &apos;%1&apos;; the fields are %2 and extra.NAME</source>
        <translation>kein Feld heißt „%1“; die Felder sind %2 und extra.NAME</translation>
    </message>
    <message>
        <source>a paper needs a title</source>
        <translation>ein Artikel braucht einen Titel</translation>
    </message>
</context>
<context>
    <name>Lectern::PaperFields</name>
    <message>
        <source>a paper has no field &quot;%1&quot;</source>
        <translation>ein Artikel hat kein Feld „%1“</translation>
    </message>
    <message>
        <source>cannot store the %1 of paper %2: %3</source>
        <translation>kann das Feld %1 von Artikel %2 nicht speichern: %3</translation>
    </message>
</context>
<context>
    <name>Lectern::PaperHistory</name>
    <message>
        <source>cannot record the change of paper %1: %2</source>
        <translation>die Änderung an Artikel %1 kann nicht festgehalten werden: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::PaperListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First author</source>
        <translation>Erstautor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message numerus="yes">
        <source>%n highlights</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Has a note and %1</source>
        <translation>Hat eine Notiz und %1</translation>
    </message>
    <message>
        <source>Has a note</source>
        <translation>Hat eine Notiz</translation>
    </message>
    <message>
        <source>Has %1</source>
        <translation>Hat %1</translation>
    </message>
</context>
<context>
    <name>Lectern::PaperMerge</name>
    <message>
        <source>From #%1, “%2”:</source>
        <translation>Aus #%1, „%2“:</translation>
    </message>
    <message>
        <source>a paper cannot be merged with itself</source>
        <translation>ein Artikel kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>a paper has no field &quot;%1&quot;</source>
        <translation>ein Artikel hat kein Feld „%1“</translation>
    </message>
</context>
<context>
    <name>Lectern::PaperStore</name>
    <message>
        <source>cannot store &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot store a link of &quot;%1&quot;: %2</source>
        <translation>ein Link von „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>no paper has the id %1</source>
        <translation>kein Artikel hat die ID %1</translation>
    </message>
</context>
<context>
    <name>Lectern::PaperTrash</name>
    <message>
        <source>paper %1 is not in the Trash</source>
        <translation>Artikel %1 ist nicht im Papierkorb</translation>
    </message>
</context>
<context>
    <name>Lectern::Query</name>
    <message>
        <source>the library could not run the query: %1</source>
        <translation>die Bibliothek konnte die Suche nicht ausführen: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::QueryFields</name>
    <message>
        <source>the range &apos;%1&apos; is empty</source>
        <translation>der Bereich „%1“ ist leer</translation>
    </message>
    <message>
        <source>the quotes hold no letters or digits to search for</source>
        <translation>zwischen den Anführungszeichen stehen keine Buchstaben oder Ziffern, nach denen sich suchen ließe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no letters or digits to search for</source>
        <translation>„%1“ enthält keine Buchstaben oder Ziffern, nach denen sich suchen ließe</translation>
    </message>
    <message>
        <source>added takes a day (2025-06-01), a range of days (2025-06-01..2025-06-30), a comparison (&gt;=2025-06-01) or an age (&lt;7d, &gt;30d; d, w, m, y)</source>
        <translation>added erwartet einen Tag (2025-06-01), einen Zeitraum (2025-06-01..2025-06-30), einen Vergleich (&gt;=2025-06-01) oder ein Alter (&lt;7d, &gt;30d; d, w, m, y)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of %2)</source>
        <translation>unbekannter Status „%1“ (möglich sind %2)</translation>
    </message>
    <message>
        <source>has takes one of %1, not &apos;%2&apos;</source>
        <translation>has erwartet einen der Werte %1, nicht „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an arXiv id (like 2306.01234)</source>
        <translation>„%1“ ist keine arXiv-ID (wie 2306.01234)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DOI (like 10.1234/abc)</source>
        <translation>„%1“ ist keine DOI (wie 10.1234/abc)</translation>
    </message>
    <message>
        <source>rating takes a number from 0 to 5, a comparison (&gt;=4) or a range (3..5)</source>
        <translation>rating erwartet eine Zahl von 0 bis 5, einen Vergleich (&gt;=4) oder einen Bereich (3..5)</translation>
    </message>
    <message>
        <source>year takes a year (2023), a comparison (&gt;=2020) or a range (2019..2021)</source>
        <translation>year erwartet ein Jahr (2023), einen Vergleich (&gt;=2020) oder einen Bereich (2019..2021)</translation>
    </message>
</context>
<context>
    <name>Lectern::QueryHelp</name>
    <message>
        <source>papers with all of these words, best match first (title above abstract)</source>
        <translation>Artikel mit all diesen Wörtern, die besten Treffer zuerst (Titel vor Zusammenfassung)</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>genau diese Wortfolge</translation>
    </message>
    <message>
        <source>words that start with optim</source>
        <translation>Wörter, die mit optim beginnen</translation>
    </message>
    <message>
        <source>a word in one field: title:, author:, abstract: or note:</source>
        <translation>ein Wort in einem Feld: title:, author:, abstract: oder note:</translation>
    </message>
    <message>
        <source>tagged ml or a tag below it (ml/optimization)</source>
        <translation>mit dem Tag ml oder einem Tag darunter (ml/optimization)</translation>
    </message>
    <message>
        <source>a reading status: inbox, to-read, reading, read, skipped</source>
        <translation>ein Lesestatus: inbox, to-read, reading, read, skipped</translation>
    </message>
    <message>
        <source>rated four stars or more (rating:3 for exactly three)</source>
        <translation>mit vier Sternen oder mehr bewertet (rating:3 für genau drei)</translation>
    </message>
    <message>
        <source>published in these years (year:2023 for one)</source>
        <translation>in diesen Jahren erschienen (year:2023 für eines)</translation>
    </message>
    <message>
        <source>added in the last seven days</source>
        <translation>in den letzten sieben Tagen hinzugefügt</translation>
    </message>
    <message>
        <source>with a note (has:highlight, has:link, has:code)</source>
        <translation>mit einer Notiz (has:highlight, has:link, has:code)</translation>
    </message>
    <message>
        <source>in the reading list of that name</source>
        <translation>in der Leseliste dieses Namens</translation>
    </message>
    <message>
        <source>either one</source>
        <translation>das eine oder das andere</translation>
    </message>
    <message>
        <source>the first, not the second: a minus excludes</source>
        <translation>das erste, nicht das zweite: ein Minus schließt aus</translation>
    </message>
    <message>
        <source>grouping; terms side by side must all match</source>
        <translation>Gruppierung; nebeneinander stehende Begriffe müssen alle passen</translation>
    </message>
    <message>
        <source>Query Language</source>
        <translation>Abfragesprache</translation>
    </message>
    <message>
        <source>The search field, smart lists and the command line share one language. Click an example to run it on the whole library.</source>
        <translation>Suchfeld, intelligente Listen und Befehlszeile teilen eine Sprache. Klicken Sie auf ein Beispiel, um es auf der ganzen Bibliothek auszuführen.</translation>
    </message>
    <message>
        <source>A query with a mistake is marked under the search field where the mistake is; the list keeps what it showed.</source>
        <translation>Eine fehlerhafte Abfrage wird unter dem Suchfeld an der Stelle des Fehlers markiert; die Liste behält, was sie zeigte.</translation>
    </message>
</context>
<context>
    <name>Lectern::QueryParser</name>
    <message>
        <source>&apos;-&apos; must be followed by what to leave out</source>
        <translation>auf „-“ muss folgen, was ausgeschlossen werden soll</translation>
    </message>
    <message>
        <source>the quote is not closed</source>
        <translation>das Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>unknown field &apos;%1:&apos; (fields: %2)</source>
        <translation>unbekanntes Feld „%1:“ (Felder: %2)</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value</source>
        <translation>„%1:“ braucht einen Wert</translation>
    </message>
    <message>
        <source>this &apos;)&apos; has no matching &apos;(&apos;</source>
        <translation>zu dieser „)“ fehlt die passende „(“</translation>
    </message>
    <message>
        <source>OR needs a term on both sides</source>
        <translation>OR braucht auf beiden Seiten einen Suchbegriff</translation>
    </message>
    <message>
        <source>the parentheses are empty</source>
        <translation>die Klammern sind leer</translation>
    </message>
    <message>
        <source>this &apos;(&apos; is not closed</source>
        <translation>diese „(“ wird nicht geschlossen</translation>
    </message>
    <message>
        <source>there are no letters or digits to search for</source>
        <translation>es gibt keine Buchstaben oder Ziffern, nach denen sich suchen ließe</translation>
    </message>
    <message>
        <source>the query has more than %1 terms</source>
        <translation>die Suche hat mehr als %1 Suchbegriffe</translation>
    </message>
    <message>
        <source>the groups are nested more than %1 deep</source>
        <translation>die Klammern sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the query is %1 characters long; the longest Lectern takes is %2</source>
        <translation>die Suche ist %1 Zeichen lang; Lectern nimmt höchstens %2</translation>
    </message>
</context>
<context>
    <name>Lectern::RatingStars</name>
    <message>
        <source>Rating: keys 0 to 5 in the paper list</source>
        <translation>Bewertung: Tasten 0 bis 5 in der Artikelliste</translation>
    </message>
</context>
<context>
    <name>Lectern::ReaderHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>Back to the paper shown before</source>
        <translation>Zurück zum zuvor gezeigten Artikel</translation>
    </message>
    <message>
        <source>Forward to the paper shown after</source>
        <translation>Vor zum danach gezeigten Artikel</translation>
    </message>
</context>
<context>
    <name>Lectern::ReaderView</name>
    <message>
        <source>Select a paper to read its abstract.</source>
        <translation>Wählen Sie einen Artikel aus, um sein Abstract zu lesen.</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>(the year inferred: the list said “%1”)</source>
        <extracomment>%1 is the date as the list gave it, without a year (&quot;Jun 13&quot;)</extracomment>
        <translation>(das Jahr erschlossen: die Liste sagte „%1“)</translation>
    </message>
    <message>
        <source>no. %1</source>
        <extracomment>the issue of a journal when no volume is known</extracomment>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Edited by %1</source>
        <translation>Herausgegeben von %1</translation>
    </message>
    <message>
        <source>Journal article</source>
        <translation>Zeitschriftenartikel</translation>
    </message>
    <message>
        <source>Conference paper</source>
        <translation>Konferenzbeitrag</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Tagungsband</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <source>Book chapter</source>
        <translation>Buchkapitel</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>Abschlussarbeit</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Preprint</source>
        <translation>Preprint</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Unveröffentlicht</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Patent</translation>
    </message>
</context>
<context>
    <name>Lectern::ReadingListStore</name>
    <message>
        <source>no reading list has the id %1</source>
        <translation>keine Leseliste hat die ID %1</translation>
    </message>
    <message>
        <source>cannot move to position %1 of a list of %2</source>
        <translation>Verschieben an Position %1 ist in einer Liste mit %2 Einträgen nicht möglich</translation>
    </message>
    <message>
        <source>paper %1 is not in this reading list</source>
        <translation>Artikel %1 ist nicht in dieser Leseliste</translation>
    </message>
    <message>
        <source>the new order must hold the papers of the list, each once</source>
        <translation>die neue Reihenfolge muss die Artikel der Liste enthalten, jeden genau einmal</translation>
    </message>
</context>
<context>
    <name>Lectern::ReadingPane</name>
    <message>
        <source>Reading status of the selected papers</source>
        <translation>Lesestatus der ausgewählten Artikel</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Auswahl &amp;markieren</translation>
    </message>
    <message>
        <source>Highlight with &amp;Comment...</source>
        <translation>Mit &amp;Kommentar markieren …</translation>
    </message>
    <message>
        <source>Highlight in &amp;Colour</source>
        <translation>In Fa&amp;rbe markieren</translation>
    </message>
    <message>
        <source>Select some text of the abstract to highlight it.</source>
        <translation>Wählen Sie Text im Abstract aus, um ihn zu markieren.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>H&amp;ighlights</source>
        <translation>Markierun&amp;gen</translation>
    </message>
</context>
<context>
    <name>Lectern::RelatedPapers</name>
    <message>
        <source>&amp;Related papers</source>
        <translation>&amp;Verwandte Artikel</translation>
    </message>
</context>
<context>
    <name>Lectern::RisReader</name>
    <message>
        <source>expected &quot;TY  - &quot; to start a record, found &quot;%1  - &quot;</source>
        <translation>erwartet wurde &quot;TY  - &quot; am Anfang eines Eintrags, gefunden wurde &quot;%1  - &quot;</translation>
    </message>
    <message>
        <source>expected &quot;ER  - &quot; to end the record that starts here before the next &quot;TY  - &quot; (line %1)</source>
        <translation>erwartet wurde &quot;ER  - &quot; am Ende des hier beginnenden Eintrags vor dem nächsten &quot;TY  - &quot; (Zeile %1)</translation>
    </message>
    <message>
        <source>expected &quot;ER  - &quot; to end the record that starts here; the file ends first</source>
        <translation>erwartet wurde &quot;ER  - &quot; am Ende des hier beginnenden Eintrags; die Datei endet vorher</translation>
    </message>
    <message>
        <source>the keyword &quot;%1&quot; cannot be a tag; kept as a field</source>
        <translation>das Schlagwort „%1“ kann kein Tag sein; es bleibt als Feld erhalten</translation>
    </message>
</context>
<context>
    <name>Lectern::Schema</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>this library was written by a newer Lectern (schema %1, this one knows %2)</source>
        <translation>diese Bibliothek stammt von einer neueren Lectern-Version (Schema %1, diese Version kennt %2)</translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed: %2</source>
        <translation>die Aktualisierung auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>not a Lectern library: %1</source>
        <translation>keine Lectern-Bibliothek: %1</translation>
    </message>
    <message>
        <source>this is an SQLite database of another program, not a Lectern library</source>
        <translation>dies ist eine SQLite-Datenbank eines anderen Programms, keine Lectern-Bibliothek</translation>
    </message>
    <message>
        <source>this library is read-only and of an earlier schema: open it once where it can be written, so that it is upgraded</source>
        <translation>diese Bibliothek ist schreibgeschützt und hat ein älteres Schema: öffnen Sie sie einmal dort, wo sie beschrieben werden kann, damit sie aktualisiert wird</translation>
    </message>
</context>
<context>
    <name>Lectern::SearchBar</name>
    <message>
        <source>Search — try tag:ml status:to-read &quot;exact phrase&quot;</source>
        <translation>Suchen – z.&#xa0;B. tag:ml status:to-read &quot;genaue Wortfolge&quot;</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot; and prefix*; title: author: abstract: note:; tag: status: rating:&gt;=4 year:2019..2021 added:&lt;7d has:note list:&quot;name&quot;; OR, -not, (groups)</source>
        <translation>Wörter, &quot;Wortfolgen&quot; und Präfix*; title: author: abstract: note:; tag: status: rating:&gt;=4 year:2019..2021 added:&lt;7d has:note list:&quot;Name&quot;; OR, -nicht, (Gruppen)</translation>
    </message>
    <message>
        <source>%1, at character %2</source>
        <translation>%1, bei Zeichen %2</translation>
    </message>
</context>
<context>
    <name>Lectern::ShortcutSheet</name>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Lectern::SmartListStore</name>
    <message>
        <source>no smart list has the id %1</source>
        <translation>keine intelligente Liste hat die ID %1</translation>
    </message>
    <message>
        <source>the query is not valid at character %1: %2</source>
        <translation>die Abfrage ist bei Zeichen %1 ungültig: %2</translation>
    </message>
    <message>
        <source>a smart list needs a query</source>
        <translation>eine intelligente Liste braucht eine Abfrage</translation>
    </message>
</context>
<context>
    <name>Lectern::TagChips</name>
    <message>
        <source>Click a tag to list its papers; click × to take it off this paper.</source>
        <translation>Klicken Sie auf ein Tag, um seine Artikel aufzulisten; klicken Sie auf ×, um es von diesem Artikel zu entfernen.</translation>
    </message>
</context>
<context>
    <name>Lectern::TagField</name>
    <message>
        <source>Add a tag (%1)</source>
        <extracomment>%1 is the key that comes here, &quot;Ctrl+T&quot;</extracomment>
        <translation>Tag hinzufügen (%1)</translation>
    </message>
</context>
<context>
    <name>Lectern::TagStore</name>
    <message>
        <source>cannot store the tag &apos;%1&apos;: %2</source>
        <translation>der Tag „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>no tag is named &apos;%1&apos;</source>
        <translation>es gibt keinen Tag namens „%1“</translation>
    </message>
    <message>
        <source>cannot rename a tag to &apos;%1&apos;: %2</source>
        <translation>ein Tag kann nicht in „%1“ umbenannt werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour: write #rrggbb, for example #e5a50a</source>
        <translation>„%1“ ist keine Farbe: schreiben Sie #rrggbb, zum Beispiel #e5a50a</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>ein Tag braucht einen Namen</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; has an empty part: write parts between slashes, as in ml/optimization</source>
        <translation>der Tag „%1“ hat einen leeren Teil: schreiben Sie die Teile zwischen Schrägstriche, wie in ml/optimization</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; holds a control character</source>
        <translation>der Tag „%1“ enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is both added and removed</source>
        <translation>der Tag „%1“ wird zugleich hinzugefügt und entfernt</translation>
    </message>
    <message>
        <source>cannot move the tag &apos;%1&apos; below itself</source>
        <translation>der Tag „%1“ kann nicht unter sich selbst verschoben werden</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; holds a comma or a semicolon, which exports read as two tags: write a space, or a / for a tag below another</source>
        <translation>der Tag „%1“ enthält ein Komma oder ein Semikolon, das Exporte als zwei Tags lesen: schreiben Sie ein Leerzeichen oder ein / für einen Tag unter einem anderen</translation>
    </message>
</context>
<context>
    <name>Lectern::TextFile</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation>dies ist eine Binärdatei, kein Text</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the line is %1 bytes long; no format Lectern reads has lines over %2 bytes</source>
        <translation>die Zeile ist %1 Bytes lang; kein Format, das Lectern liest, hat Zeilen über %2 Bytes</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is a pipe or a device, not a file; save what it gives to a file first</source>
        <translation>ist eine Pipe oder ein Gerät, keine Datei; speichern Sie zuerst, was es liefert, in einer Datei</translation>
    </message>
    <message>
        <source>the file is over %1 MB, the largest Lectern imports</source>
        <translation>die Datei ist größer als %1 MB; Lectern importiert höchstens %1 MB</translation>
    </message>
</context>
<context>
    <name>Lectern::TextInput</name>
    <message>
        <source>a UTF-16 file over %1 MB; save it as UTF-8 to import it</source>
        <translation>eine UTF-16-Datei über %1 MB; speichern Sie sie als UTF-8, um sie zu importieren</translation>
    </message>
    <message>
        <source>the text is not valid UTF-16</source>
        <translation>der Text ist kein gültiges UTF-16</translation>
    </message>
    <message>
        <source>the line is over %1 bytes long; no format Lectern reads has lines that long</source>
        <translation>die Zeile ist über %1 Bytes lang; kein Format, das Lectern liest, hat so lange Zeilen</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation>dies ist eine Binärdatei, kein Text</translation>
    </message>
</context>
<context>
    <name>Lectern::TrashActions</name>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Res&amp;tore from Trash</source>
        <translation>Aus dem Papierkorb &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash...</source>
        <translation>Papierkorb &amp;leeren...</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n paper(s) to the Trash (Ctrl+Z brings them back)</source>
        <translation>
            <numerusform>%n Artikel in den Papierkorb verschoben (Strg+Z holt ihn zurück)</numerusform>
            <numerusform>%n Artikel in den Papierkorb verschoben (Strg+Z holt sie zurück)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n paper(s) from the Trash</source>
        <translation>
            <numerusform>%n Artikel aus dem Papierkorb wiederhergestellt</numerusform>
            <numerusform>%n Artikel aus dem Papierkorb wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is empty</source>
        <translation>Der Papierkorb ist leer</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n paper(s) in the Trash for good, with their notes, highlights and tags? This cannot be undone.</source>
        <translation>
            <numerusform>Den %n Artikel im Papierkorb endgültig entfernen, mit seiner Notiz, seinen Markierungen und Tags? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %n Artikel im Papierkorb endgültig entfernen, mit ihren Notizen, Markierungen und Tags? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n paper(s) for good</source>
        <translation>
            <numerusform>%n Artikel endgültig entfernt</numerusform>
            <numerusform>%n Artikel endgültig entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibrarySection</name>
    <message>
        <source>All papers</source>
        <translation>Alle Artikel</translation>
    </message>
</context>
<context>
    <name>ReadingListSection</name>
    <message>
        <source>&amp;New Reading List...</source>
        <translation>&amp;Neue Leseliste …</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>Leselisten</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s), in the order you gave them</source>
        <translation>
            <numerusform>%1: %n Artikel, in der von Ihnen festgelegten Reihenfolge</numerusform>
            <numerusform>%1: %n Artikel, in der von Ihnen festgelegten Reihenfolge</numerusform>
        </translation>
    </message>
    <message>
        <source>New Reading List</source>
        <translation>Neue Leseliste</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Name der Liste:</translation>
    </message>
    <message>
        <source>Rename Reading List</source>
        <translation>Leseliste umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message numerus="yes">
        <source>Delete the reading list %1? Its %n paper(s) stay in the library.</source>
        <translation>
            <numerusform>Die Leseliste %1 löschen? Ihr %n Artikel bleibt in der Bibliothek.</numerusform>
            <numerusform>Die Leseliste %1 löschen? Ihre %n Artikel bleiben in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Reading List</source>
        <translation>Leseliste löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>SmartListSection</name>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Edit &amp;Query...</source>
        <translation>&amp;Abfrage bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Smart lists</source>
        <translation>Intelligente Listen</translation>
    </message>
    <message>
        <source>Rename Smart List</source>
        <translation>Intelligente Liste umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Edit Smart List</source>
        <translation>Intelligente Liste bearbeiten</translation>
    </message>
    <message>
        <source>Query of %1:</source>
        <translation>Abfrage von %1:</translation>
    </message>
    <message>
        <source>Delete Smart List</source>
        <translation>Intelligente Liste löschen</translation>
    </message>
    <message>
        <source>Delete the smart list %1? Its papers stay in the library.</source>
        <translation>Die intelligente Liste %1 löschen? Ihre Artikel bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>TagSection</name>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Change &amp;Colour...</source>
        <translation>&amp;Farbe ändern …</translation>
    </message>
    <message>
        <source>Remove C&amp;olour</source>
        <translation>Farbe &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) tagged with it</source>
        <translation>
            <numerusform>%1: %n Artikel mit diesem Tag</numerusform>
            <numerusform>%1: %n Artikel mit diesem Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Tag umbenennen</translation>
    </message>
    <message>
        <source>New name for %1 (the name of another tag merges the two):</source>
        <translation>Neuer Name für %1 (der Name eines anderen Tags führt beide zusammen):</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Tags zusammenführen</translation>
    </message>
    <message>
        <source>There is a tag %1 already. Merge %2 into it? Its papers keep both.</source>
        <translation>Es gibt bereits ein Tag %1. %2 damit zusammenführen? Es enthält dann die Artikel beider Tags.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag %1 and the tags below it from %n paper(s)?</source>
        <translation>
            <numerusform>Das Tag %1 und seine untergeordneten Tags von %n Artikel löschen?</numerusform>
            <numerusform>Das Tag %1 und seine untergeordneten Tags von %n Artikeln löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Tag löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>TrashSection</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted papers: restore them (U) or empty the Trash to remove them for good</source>
        <translation>Gelöschte Artikel: stellen Sie sie wieder her (U) oder leeren Sie den Papierkorb, um sie endgültig zu entfernen</translation>
    </message>
</context>
</TS>
