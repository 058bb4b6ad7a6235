#pragma once

// What an operator is asked before an alarm changes: who acknowledges it and why (a comment is
// required), or why it is shelved and for how long (at most 24 h). Desk only: the wall is never
// blocked by a dialog.

#include <QDialog>

#include <cstdint>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace cityops::ui {

class AcknowledgeDialog final : public QDialog
{
    Q_OBJECT
public:
    AcknowledgeDialog(const QString& message, const QString& user, QWidget* parent = nullptr);
    QString user() const;
    QString comment() const;

private:
    void update();
    QLineEdit* m_user = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

class ShelveDialog final : public QDialog
{
    Q_OBJECT
public:
    ShelveDialog(const QString& message, const QString& user, QWidget* parent = nullptr);
    QString user() const;
    QString reason() const;
    std::int64_t durationMs() const;

private:
    void update();
    QLineEdit* m_user = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_duration = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// The operator's name as the system knows it (the login), for the dialogs' first guess.
QString operatorName();

} // namespace cityops::ui
