#pragma once

#include "library/Paper.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Lectern {

// A file kept up to date as Lectern last wrote it, so that the next rewrite formats only the papers whose revision
// (paper_revisions) changed and copies the other entries' bytes from the file. Kept in the cache folder, not in the
// library: writing it there would count as a change for every other connection (the window's ChangeWatcher), and a
// lost index costs one whole rewrite. Everything that could make a copied entry wrong is in it and compared before
// any byte is copied: the file's size, time and hash (a file edited, replaced or deleted outside Lectern is written
// whole again), the frame written around the entries, and the exporter's entry for a fixed paper (a Lectern that
// formats differently writes the file whole).
struct KeptExportIndex
{
    struct Entry
    {
        qint64 paperId = 0;
        qint64 revision = 0;
        qint64 offset = 0; // in the file's bytes
        qint64 length = 0;

        bool operator==(const Entry &) const = default;
    };

    // The file as it is on disk: its size (-1 when it is not there) and when it was last modified.
    struct Stamp
    {
        qint64 size = -1;
        qint64 modifiedMs = 0;

        bool operator==(const Stamp &) const = default;
        static Stamp of(const QString &path);
    };

    Stamp stamp;
    QByteArray hash;       // of the file's bytes (hashOf)
    QByteArray frame;      // header, separator and footer as written (frameBytes)
    QByteArray probe;      // the exporter's entry for probePaper() with the tie's options, as written
    QList<Entry> entries;  // in the file's order

    QByteArray serialized() const;
    // Nothing when the bytes are not an index this Lectern wrote (another version's, or damaged).
    static std::optional<KeptExportIndex> fromSerialized(const QByteArray &bytes);

    // Where the index of the file kept from this library is.
    static QString pathFor(const QString &libraryPath, const QString &exportPath);
    static QByteArray hashOf(QByteArrayView bytes);
    static QByteArray frameBytes(const QByteArray &header, const QByteArray &separator, const QByteArray &footer);
    // A paper with a value in every field an export writes, and text that each format escapes.
    static const Paper &probePaper();

    bool operator==(const KeptExportIndex &) const = default;
};

} // namespace Lectern
