using System.Globalization;
using System.Linq;
using System.Text;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LeakGuard.CodeFixes;

/// <summary>
/// Replaces every key in a comment or in inactive code (an <c>#if</c> branch that is not compiled) with a marker and keeps
/// the rest of the text. The marker holds no quote, so a literal in inactive code stays a literal.
/// </summary>
internal static class CommentRedactor
{
    public static SecretEdit? Plan(SecretDiagnostic secret, SyntaxTrivia comment)
    {
        var text = comment.ToFullString();
        var findings = SecretScanner.Default.Scan(text).Findings.OrderBy(finding => finding.Start).ToList();
        if (findings.Count == 0)
        {
            return null;
        }

        var redacted = new StringBuilder();
        var next = 0;
        foreach (var finding in findings)
        {
            if (finding.Start < next)
            {
                continue;
            }

            redacted.Append(text, next, finding.Start - next);
            redacted.Append(string.Format(CultureInfo.InvariantCulture, Resources.RedactedKeyMarker, finding.Rule.Provider));
            next = finding.End;
        }

        redacted.Append(text, next, text.Length - next);
        var replacement = Parse(comment, redacted.ToString());
        if (replacement is null)
        {
            return null;
        }

        var template = comment.IsKind(SyntaxKind.DisabledTextTrivia) ? Resources.RedactInactiveCodeTitle : Resources.RedactCommentTitle;
        var title = string.Format(CultureInfo.CurrentCulture, template, Provider(secret, findings[0]));
        return SecretEdit.ForTrivia(title, comment, replacement.Value);
    }

    private static SyntaxTrivia? Parse(SyntaxTrivia original, string text)
    {
        if (original.IsKind(SyntaxKind.DisabledTextTrivia))
        {
            return SyntaxFactory.DisabledText(text);
        }

        var parsed = SyntaxFactory.ParseLeadingTrivia(text);
        return parsed.Count == 1 && parsed[0].IsKind(original.Kind()) ? parsed[0] : null;
    }

    private static string Provider(SecretDiagnostic secret, SecretFinding finding) =>
        secret.Provider.Length > 0 ? secret.Provider : finding.Rule.Provider;
}
