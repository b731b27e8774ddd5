using System;

namespace LeakGuard.Engine;

/// <summary>Shows enough of a secret to recognise it (its prefix and last characters) and hides the rest.</summary>
public static class Redactor
{
    public static string Redact(string secret)
    {
        if (secret is null)
        {
            throw new ArgumentNullException(nameof(secret));
        }

        var head = Math.Min(8, secret.Length / 5);
        var tail = Math.Min(4, secret.Length / 8);
        return secret.Substring(0, head) + "..." + secret.Substring(secret.Length - tail);
    }
}
