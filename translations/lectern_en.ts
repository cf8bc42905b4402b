<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Lectern::CiteActions</name>
    <message numerus="yes">
        <source>Copied the BibTeX of %n paper(s)</source>
        <translation>
            <numerusform>Copied the BibTeX of %n paper</numerusform>
            <numerusform>Copied the BibTeX of %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the reference of %n paper(s)</source>
        <translation>
            <numerusform>Copied the reference of %n paper</numerusform>
            <numerusform>Copied the references of %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made %n citation key(s) again from the pattern %1</source>
        <translation>
            <numerusform>Made %n citation key again from the pattern %1</numerusform>
            <numerusform>Made %n citation keys again from the pattern %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::ExportDialog</name>
    <message numerus="yes">
        <source>Preview of all %n paper(s):</source>
        <translation>
            <numerusform>Preview of %n paper:</numerusform>
            <numerusform>Preview of all %n papers:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::FileImport</name>
    <message numerus="yes">
        <source>%1 (%2): imported %3, skipped %n duplicates</source>
        <translation>
            <numerusform>%1 (%2): imported %3, skipped %n duplicate</numerusform>
            <numerusform>%1 (%2): imported %3, skipped %n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, left out %n invalid records</source>
        <translation>
            <numerusform>, left out %n invalid record</numerusform>
            <numerusform>, left out %n invalid records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warnings</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lines read as windows-1252</source>
        <translation>
            <numerusform>, %n line read as windows-1252</numerusform>
            <numerusform>, %n lines read as windows-1252</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::ListActions</name>
    <message numerus="yes">
        <source>Add %n paper(s) to the list (a new name makes a new list):</source>
        <translation>
            <numerusform>Add %n paper to the list (a new name makes a new list):</numerusform>
            <numerusform>Add %n papers to the list (a new name makes a new list):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reading list %1 has %n paper(s).</source>
        <translation>
            <numerusform>The reading list %1 has %n paper.</numerusform>
            <numerusform>The reading list %1 has %n papers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n paper(s) to %1</source>
        <translation>
            <numerusform>Exported %n paper to %1</numerusform>
            <numerusform>Exported %n papers to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindow</name>
    <message numerus="yes">
        <source>%n papers</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n papers</source>
        <translation>
            <numerusform>%1 of %n paper</numerusform>
            <numerusform>%1 of %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, filled in the empty fields of %n papers</source>
        <translation>
            <numerusform>, filled in the empty fields of %n paper</numerusform>
            <numerusform>, filled in the empty fields of %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, left out %n invalid records</source>
        <translation>
            <numerusform>, left out %n invalid record</numerusform>
            <numerusform>, left out %n invalid records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::PaperListModel</name>
    <message numerus="yes">
        <source>%n highlights</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::TrashActions</name>
    <message numerus="yes">
        <source>Moved %n paper(s) to the Trash (Ctrl+Z brings them back)</source>
        <translation>
            <numerusform>Moved %n paper to the Trash (Ctrl+Z brings it back)</numerusform>
            <numerusform>Moved %n papers to the Trash (Ctrl+Z brings them back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n paper(s) from the Trash</source>
        <translation>
            <numerusform>Restored %n paper from the Trash</numerusform>
            <numerusform>Restored %n papers from the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n paper(s) in the Trash for good, with their notes, highlights and tags? This cannot be undone.</source>
        <translation>
            <numerusform>Remove the %n paper in the Trash for good, with its note, highlights and tags? This cannot be undone.</numerusform>
            <numerusform>Remove the %n papers in the Trash for good, with their notes, highlights and tags? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n paper(s) for good</source>
        <translation>
            <numerusform>Removed %n paper for good</numerusform>
            <numerusform>Removed %n papers for good</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingListSection</name>
    <message numerus="yes">
        <source>%1: %n paper(s), in the order you gave them</source>
        <translation>
            <numerusform>%1: %n paper</numerusform>
            <numerusform>%1: %n papers, in the order you gave them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the reading list %1? Its %n paper(s) stay in the library.</source>
        <translation>
            <numerusform>Delete the reading list %1? Its %n paper stays in the library.</numerusform>
            <numerusform>Delete the reading list %1? Its %n papers stay in the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSection</name>
    <message numerus="yes">
        <source>%1: %n paper(s) tagged with it</source>
        <translation>
            <numerusform>%1: %n paper tagged with it</numerusform>
            <numerusform>%1: %n papers tagged with it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag %1 and the tags below it from %n paper(s)?</source>
        <translation>
            <numerusform>Delete the tag %1 and the tags below it from %n paper?</numerusform>
            <numerusform>Delete the tag %1 and the tags below it from %n papers?</numerusform>
        </translation>
    </message>
</context>
</TS>
