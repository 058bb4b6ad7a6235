#pragma once

// Problems found while validating a JSON document (a mapping, a feed config), every one
// reported at once, one per line, as "NAME: /json/pointer: reason".

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace cityops {

class JsonProblems
{
    Q_DECLARE_TR_FUNCTIONS(cityops::JsonProblems)

public:
    explicit JsonProblems(QString name)
        : m_name(std::move(name))
    {}
    void add(const QString& pointer, const QString& reason)
    {
        m_lines << QStringLiteral("%1: %2: %3")
                       .arg(m_name, pointer.isEmpty() ? QStringLiteral("/") : pointer, reason);
    }
    bool empty() const { return m_lines.isEmpty(); }
    QString text() const { return m_lines.join(u'\n'); }
    const QStringList& lines() const { return m_lines; }

    void unknownKeys(const QJsonObject& o, const QString& pointer, const QStringList& known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                add(pointer + u'/' + it.key(),
                    tr("unknown key (known: %1)").arg(known.join(QStringLiteral(", "))));
        }
    }
    // The non-empty string o[key]; empty (and a problem, when required or not a string) otherwise.
    QString string(const QJsonObject& o, const QString& key, const QString& pointer, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                add(pointer + u'/' + key, tr("required"));
            return {};
        }
        if (!v.isString() || v.toString().isEmpty()) {
            add(pointer + u'/' + key, tr("must be a non-empty string"));
            return {};
        }
        return v.toString();
    }
    // The whole number o[key] within [low, high]; `fallback` when absent (a problem otherwise).
    int integer(const QJsonObject& o, const QString& key, const QString& pointer, int low, int high,
                int fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < low || d > high) {
            add(pointer + u'/' + key, tr("must be a whole number from %1 to %2").arg(low).arg(high));
            return fallback;
        }
        return int(d);
    }

private:
    QString m_name;
    QStringList m_lines;
};

} // namespace cityops
