using System;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Detect;
using LeakGuard.Engine;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// A commit message as reports show it: with the secrets found in it redacted, as every other place a report shows a
/// secret. Reports name the commit that brought a finding in by its message, and that message may hold a key itself.
/// </summary>
internal static class MessageRedaction
{
    /// <param name="message">The message as it was scanned (<see cref="CommitMessages"/>), or with its end trimmed.</param>
    /// <param name="secrets">What the scan found in it, placed by line and column.</param>
    public static string Redact(string message, IReadOnlyList<LocatedSecret>? secrets)
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
        return secrets.Aggregate(redacted, (text, secret) => text.Replace(secret.Secret, Redactor.Redact(secret.Secret), StringComparison.Ordinal));
    }

    private static int Offset(List<int> lineStarts, int line, int column) =>
        line >= 1 && line <= lineStarts.Count ? lineStarts[line - 1] + column - 1 : -1;
}
