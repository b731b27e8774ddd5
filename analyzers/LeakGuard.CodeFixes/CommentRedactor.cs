using System.Globalization;
using System.Linq;
using System.Text;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LeakGuard.CodeFixes;

/// <summary>Replaces every key in a comment with a marker and keeps the rest of the comment.</summary>
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
        var replacement = SyntaxFactory.ParseLeadingTrivia(redacted.ToString());
        if (replacement.Count != 1 || !replacement[0].IsKind(comment.Kind()))
        {
            return null;
        }

        var title = string.Format(CultureInfo.CurrentCulture, Resources.RedactCommentTitle, Provider(secret, findings[0]));
        return SecretEdit.ForTrivia(title, comment, replacement[0]);
    }

    private static string Provider(SecretDiagnostic secret, SecretFinding finding) =>
        secret.Provider.Length > 0 ? secret.Provider : finding.Rule.Provider;
}
