using System;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// How a private key's PEM body starts: the DER of every PKCS#1, PKCS#8 and SEC1 key is a SEQUENCE, whose base 64
/// starts with 'M', and every OpenSSH key with "openssh-key-v1". Documentation and tests make up bodies
/// ("YOUR_KEY_HERE", a mangled line of a real key) that start otherwise.
/// </summary>
internal static class PemKeyBody
{
    private const string OpenSshMagic = "b3BlbnNzaC1rZXktdjE";

    public static bool StartsAsAKey(string block)
    {
        var labelStart = block.IndexOf("BEGIN ", StringComparison.Ordinal);
        var labelEnd = labelStart < 0 ? -1 : block.IndexOf("-----", labelStart, StringComparison.Ordinal);
        if (labelEnd < 0)
        {
            return true;
        }

        var label = block.Substring(labelStart, labelEnd - labelStart);
        if (label.IndexOf("PGP", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        var body = SkipSpace(block, labelEnd + "-----".Length);
        if (IsHeader(block, body))
        {
            // An encrypted key's headers (Proc-Type, DEK-Info): the body after them is ciphertext.
            return true;
        }

        return label.IndexOf("OPENSSH", StringComparison.Ordinal) >= 0
            ? string.CompareOrdinal(block, body, OpenSshMagic, 0, OpenSshMagic.Length) == 0
            : body < block.Length && block[body] == 'M';
    }

    /// <summary>
    /// Skips white space, the "\n" escapes of a key kept in a JSON or C# string, and the quotes and '+' of a key
    /// written as one string literal per line. No key's body starts with '+': it starts with 'M' or OpenSSH's magic.
    /// </summary>
    private static int SkipSpace(string block, int at)
    {
        while (at < block.Length)
        {
            if (char.IsWhiteSpace(block[at]) || block[at] is '"' or '\'' or '+')
            {
                at++;
            }
            else if (block[at] == '\\' && at + 1 < block.Length && block[at + 1] is 'n' or 'r')
            {
                at += 2;
            }
            else
            {
                break;
            }
        }

        return at;
    }

    private static bool IsHeader(string block, int at)
    {
        var end = at;
        while (end < block.Length && (char.IsLetter(block[end]) || block[end] == '-'))
        {
            end++;
        }

        return end > at && end + 1 < block.Length && block[end] == ':' && block[end + 1] == ' ';
    }
}
