using System;
using System.Security.Cryptography;
using System.Text;

namespace LeakGuard.Engine;

/// <summary>
/// Identifies one secret at one path as <c>rule:path:hash</c>. Line numbers and commit ids are left out on purpose,
/// so that a baseline survives edits that move lines and rebases that rewrite commits.
/// </summary>
public static class Fingerprint
{
    public static string Compute(string ruleId, string secret, string path)
    {
        if (ruleId is null)
        {
            throw new ArgumentNullException(nameof(ruleId));
        }

        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return ruleId + ":" + path.Replace('\\', '/') + ":" + HashSecret(secret);
    }

    /// <summary>The first 16 hex digits of SHA-256 over the secret: enough to tell keys apart, too little to recover one.</summary>
    public static string HashSecret(string secret)
    {
        if (secret is null)
        {
            throw new ArgumentNullException(nameof(secret));
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(secret));
        var builder = new StringBuilder(16);
        for (var i = 0; i < 8; i++)
        {
            builder.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
