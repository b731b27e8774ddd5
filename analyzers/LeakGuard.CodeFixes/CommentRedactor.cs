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

        // The reported key may be one that only the comments around tell apart, which the comment alone does not show.
        var reported = secret.Diagnostic.Location.SourceSpan;
        var keys = new[] { (Start: reported.Start - comment.FullSpan.Start, End: reported.End - comment.FullSpan.Start, Provider: secret.Provider) }
            .Concat(SecretScanner.Default.Scan(text).Findings.Select(finding => (finding.Start, finding.End, finding.Rule.Provider)))
            .OrderBy(key => key.Start)
            .ToList();

        var redacted = new StringBuilder();
        var next = 0;
        foreach (var (start, end, provider) in keys)
        {
            if (start < next)
            {
                continue;
            }

            redacted.Append(text, next, start - next);
            redacted.Append(string.Format(CultureInfo.InvariantCulture, Resources.RedactedKeyMarker, provider));
            next = end;
        }

        redacted.Append(text, next, text.Length - next);
        var replacement = Parse(comment, redacted.ToString());
        if (replacement is null)
        {
            return null;
        }

        var template = comment.IsKind(SyntaxKind.DisabledTextTrivia) ? Resources.RedactInactiveCodeTitle : Resources.RedactCommentTitle;
        var title = string.Format(CultureInfo.CurrentCulture, template, secret.Provider.Length > 0 ? secret.Provider : keys[0].Provider);
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
}
