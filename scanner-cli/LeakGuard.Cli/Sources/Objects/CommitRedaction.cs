using System;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Detect;
using LeakGuard.Engine;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// A commit's message, author and email as reports show them beside a finding: with the secrets found in them redacted,
/// as every other place a report shows a secret. The commit that brought a finding in may hold a key in those itself.
/// </summary>
internal static class CommitRedaction
{
    /// <param name="message">The message as it was scanned (<see cref="CommitTexts.MessageOf"/>), or with its end trimmed.</param>
    /// <param name="secrets">What the scan found in it, placed by line and column.</param>
    public static string Message(string message, IReadOnlyList<LocatedSecret>? secrets)
    {
        if (secrets is null)
        {
            return message;
        }

        var lineStarts = new List<int> { 0 };
        for (var i = message.IndexOf('\n'); i >= 0; i = message.IndexOf('\n', i + 1))
        {
            lineStarts.Add(i + 1);
        }

        var redacted = message;
        foreach (var secret in secrets.OrderByDescending(s => (s.StartLine, s.StartColumn)))
        {
            var start = Offset(lineStarts, secret.StartLine, secret.StartColumn);
            var end = Offset(lineStarts, secret.EndLine, secret.EndColumn);
            if (start >= 0 && end > start && end <= redacted.Length)
            {
                redacted = redacted[..start] + Redactor.Redact(redacted[start..end]) + redacted[end..];
            }
        }

        // Should a span not match the text (a message read differently than it was scanned), the value itself still goes.
        return ReplaceValues(redacted, secrets);
    }

    /// <summary>A name or an email with each secret found in the commit's identities replaced by its redacted form.</summary>
    public static string Identity(string text, IReadOnlyList<LocatedSecret>? secrets) => secrets is null ? text : ReplaceValues(text, secrets);

    private static string ReplaceValues(string text, IReadOnlyList<LocatedSecret> secrets) =>
        secrets.Aggregate(text, (current, secret) => current.Replace(secret.Secret, Redactor.Redact(secret.Secret), StringComparison.Ordinal));

    private static int Offset(List<int> lineStarts, int line, int column) =>
        line >= 1 && line <= lineStarts.Count ? lineStarts[line - 1] + column - 1 : -1;
}
