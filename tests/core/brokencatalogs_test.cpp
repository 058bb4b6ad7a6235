// Golden cases: tests/data/broken-catalogs.json lists ways to break the built-in catalog
// and the exact problem the loader must report for each. A new case is a new entry there.

#include "core/catalog/catalogloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/support/testpaths.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

struct Case
{
    QString name;
    QJsonObject spec;
};

QList<Case> loadCases()
{
    QFile file(test::testDataDir() + u"/broken-catalogs.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Case> cases;
    for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray())
        cases.append({v.toObject().value(u"name"_s).toString(), v.toObject()});
    return cases;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Applies one case to the catalog copy in `dir`; returns the selected element's index
// (or -1) and fails the test on a malformed case.
int applyCase(const QJsonObject& spec, const QDir& dir)
{
    const QString fileName = spec.value(u"file"_s).toString(spec.value(u"extraFile"_s).toString());
    const QString path = dir.filePath(fileName);
    if (spec.contains(u"rawBase64"_s)) {
        EXPECT_TRUE(
            writeFile(path, QByteArray::fromBase64(spec.value(u"rawBase64"_s).toString().toLatin1())));
        return -1;
    }
    if (spec.contains(u"raw"_s)) {
        EXPECT_TRUE(writeFile(path, spec.value(u"raw"_s).toString().toUtf8()));
        return -1;
    }
    if (spec.value(u"delete"_s).toBool()) {
        EXPECT_TRUE(QFile::remove(path));
        return -1;
    }

    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();

    const QJsonObject top = spec.value(u"top"_s).toObject();
    for (auto it = top.begin(); it != top.end(); ++it)
        root.insert(it.key(), it.value());

    int index = -1;
    if (spec.contains(u"select"_s)) {
        const QJsonObject select = spec.value(u"select"_s).toObject();
        const QString list = select.value(u"list"_s).toString();
        const QString key = select.value(u"key"_s).toString(u"id"_s);
        QJsonArray array = root.value(list).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).toObject().value(key).toString() == select.value(u"id"_s).toString())
                index = int(i);
        }
        EXPECT_GE(index, 0) << "case selects a missing element";
        if (index < 0)
            return -1;
        QJsonObject element = array.at(index).toObject();
        const QJsonObject set = spec.value(u"set"_s).toObject();
        for (auto it = set.begin(); it != set.end(); ++it)
            element.insert(it.key(), it.value());
        for (const QJsonValue& removed : spec.value(u"remove"_s).toArray())
            element.remove(removed.toString());
        array.replace(index, element);
        root.insert(list, array);
    }
    EXPECT_TRUE(writeFile(path, QJsonDocument(root).toJson()));
    return index;
}

// GoogleTest prints a case by its name, not as bytes.
[[maybe_unused]] void PrintTo(const Case& c, std::ostream* os)
{
    *os << c.name.toStdString();
}

class BrokenCatalog : public ::testing::TestWithParam<Case>
{};

} // namespace

TEST(BrokenCatalogCases, AreThere)
{
    EXPECT_GE(loadCases().size(), 8);
}

TEST_P(BrokenCatalog, IsRejectedWithTheExpectedProblem)
{
    const QJsonObject& spec = GetParam().spec;
    QTemporaryDir temporary;
    ASSERT_TRUE(temporary.isValid());
    const QDir dir(temporary.path() + u"/catalog"_s);
    ASSERT_TRUE(test::copyEmbeddedCatalog(dir.path()));
    // The untouched copy is valid: whatever fails below, this case broke it.
    ASSERT_TRUE(CatalogLoader::load(dir.path()).ok());

    const int index = applyCase(spec, dir);
    QList<CatalogProblem> problems;
    const auto result = CatalogLoader::load(dir.path(), &problems);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Validation);

    QString expected = spec.value(u"expect"_s).toString();
    expected.replace(u"{index}"_s, QString::number(index));
    QStringList lines;
    for (const CatalogProblem& problem : problems) {
        CatalogProblem relative = problem;
        relative.file = dir.relativeFilePath(problem.file);
        lines << relative.toString();
    }
    const bool found =
        std::any_of(lines.cbegin(), lines.cend(), [&](const QString& l) { return l.startsWith(expected); });
    EXPECT_TRUE(found) << "expected: " << expected.toStdString() << "\n got:\n  "
                       << lines.join(u"\n  "_s).toStdString();
    EXPECT_EQ(problems.size(), spec.value(u"problems"_s).toInt(1)) << lines.join(u"\n"_s).toStdString();
    EXPECT_EQ(result.error().detail.count(u'\n') + 1, problems.size()) << "the error lists every problem";
}

INSTANTIATE_TEST_SUITE_P(Golden, BrokenCatalog, ::testing::ValuesIn(loadCases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                             QString name = info.param.name.left(40);
                             for (QChar& c : name) {
                                 if (!c.isLetterOrNumber() || c.unicode() > 127)
                                     c = u'_';
                             }
                             return QString(QString::number(info.index) + u"_"_s + name).toStdString();
                         });
