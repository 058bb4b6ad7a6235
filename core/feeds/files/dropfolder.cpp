#include "core/feeds/files/dropfolder.h"

#include "core/feeds/files/fileingest.h"
#include "core/feeds/files/mapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cityops::feeds::files {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::DropFolder)
};

// Moves `file` into `folder`/`into`, under a name not taken yet; false (with why) when it cannot.
bool moveInto(const QFileInfo& file, const QString& folder, const QString& into, QString* why)
{
    QDir dir(folder);
    if (!dir.mkpath(into)) {
        *why = Text::tr("cannot make %1").arg(dir.filePath(into));
        return false;
    }
    QString target = dir.filePath(into + u'/' + file.fileName());
    if (QFileInfo::exists(target))
        target = dir.filePath(into + u'/' + file.completeBaseName() + u'.' +
                              QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s) + u'.' +
                              file.suffix());
    if (!QFile::rename(file.absoluteFilePath(), target)) {
        *why = Text::tr("cannot move %1 to %2").arg(file.absoluteFilePath(), target);
        return false;
    }
    return true;
}

void add(FeedPollSummary& s, const IngestSummary& i)
{
    s.fetched += i.observations;
    s.accepted += i.accepted;
    s.quarantined += i.quarantined;
    s.duplicates += i.duplicates;
    s.inserted += i.inserted;
    for (auto it = i.reasons.begin(); it != i.reasons.end(); ++it)
        s.reasons[it.key()] += *it;
}

} // namespace

FeedPollSummary pollDropFolder(const FeedConfig& feed, const Catalog& catalog,
                               const store::ArchiveLocation& archive, const PollOptions& options)
{
    QElapsedTimer clock;
    clock.start();
    FeedPollSummary s;
    s.feed = feed.id;
    const QDir folder(feed.folder);
    if (!folder.exists() || !feed.mapping) {
        s.errors << Text::tr("the drop folder %1 is not there").arg(feed.folder);
        return s;
    }
    const qint64 settled = QDateTime::currentMSecsSinceEpoch() - kSettleMs;
    const QFileInfoList files =
        folder.entryInfoList(feed.filePatterns, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& file : files) {
        if (file.lastModified().toMSecsSinceEpoch() > settled)
            continue; // (still being written, perhaps: the next poll)
        IngestOptions o;
        o.nowMs = options.nowMs;
        o.futureToleranceMs = options.futureToleranceMs;
        auto ingested = ingestFile(file.absoluteFilePath(), *feed.mapping, catalog, archive, o);
        ++s.pages;
        QString why;
        if (ingested) {
            add(s, *ingested);
            if (!moveInto(file, feed.folder, u"done"_s, &why))
                s.errors << why; // (read, and in the archive: reading it again adds nothing)
            continue;
        }
        const Error& e = ingested.error();
        const QString error = e.toString();
        s.errors << Text::tr("%1: %2").arg(file.fileName(), error);
        const bool fileIsBad = e.code == ErrorCode::Validation || e.code == ErrorCode::Parse ||
                               (e.code == ErrorCode::Io && e.detail.contains(file.absoluteFilePath()));
        if (!fileIsBad)
            continue; // the archive failed, not the file: it stays for the next poll
        if (moveInto(file, feed.folder, u"failed"_s, &why)) {
            QFile note(folder.filePath(u"failed/"_s + file.fileName() + u".error.txt"_s));
            if (note.open(QIODevice::WriteOnly | QIODevice::Append))
                note.write(
                    (QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + u' ' + error + u'\n').toUtf8());
        } else {
            s.errors << why;
        }
    }
    s.seconds = double(clock.nsecsElapsed()) / 1e9;
    return s;
}

} // namespace cityops::feeds::files
