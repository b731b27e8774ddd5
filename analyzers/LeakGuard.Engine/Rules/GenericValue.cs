using System;
using System.Linq;

namespace LeakGuard.Engine.Rules;

/// <summary>What a value assigned to a secret-sounding name must look like to be reported as a generic secret.</summary>
internal static class GenericValue
{
    private static readonly string[] HashPrefixes = { "sha1-", "sha256-", "sha384-", "sha512-", "md5-" };

    public static bool IsPlausible(string value) =>
        Plausibility.MixesLettersAndDigits(value, digits: 2)
        && !IsGuid(value)
        && !HasHashPrefix(value)
        && !IsPathLike(value)
        && !IsIdentifierLike(value)
        && !(IsMemberAccess(value) && value.Split('.').Any(Plausibility.IsCodeIdentifier))
        && !Plausibility.IsConstantName(value)
        && !IsEncodedText(value)
        && !TestKeyInBase64.Matches(value)
        && !IsCiphertextOrHash(value)
        && !IsStripeClientSecret(value)
        && !IsGoogleApiKey(value);

    /// <summary>
    /// Stripe's client_secret of a PaymentIntent or SetupIntent ("pi_…_secret_…"), which the page hands to Stripe.js:
    /// made for the browser, and good for that one payment only.
    /// </summary>
    private static bool IsStripeClientSecret(string value) =>
        (value.StartsWith("pi_", StringComparison.Ordinal) || value.StartsWith("seti_", StringComparison.Ordinal))
        && value.IndexOf("_secret_", StringComparison.Ordinal) > 0;

    /// <summary>
    /// A Google API key ("AIza…"): google-api-key reports every one that is secret, and leaves out the ones Firebase's
    /// configuration ships to browsers and phones, which a name such as apiKey does not make secret.
    /// </summary>
    private static bool IsGoogleApiKey(string value) => value.StartsWith("AIza", StringComparison.Ordinal);

    /// <summary>8-4-4-4-12 hex digits.</summary>
    private static bool IsGuid(string value)
    {
        if (value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash != (value[i] == '-') || (!dash && !IsHex(value[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Subresource-integrity hashes of lock files ("sha512-...").</summary>
    private static bool HasHashPrefix(string value)
    {
        foreach (var prefix in HashPrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A rooted path, or a '/'-separated value with a lowercase word as a segment ("config/prod2/db1"); a random
    /// base-64 key has a segment of three or more lowercase letters only rarely.
    /// </summary>
    internal static bool IsPathLike(string value)
    {
        if (value[0] == '/' || value[0] == '~' || value.IndexOf("//", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        if (value.IndexOf('/') < 0)
        {
            return false;
        }

        foreach (var segment in value.Split('/'))
        {
            if (segment.Length >= 3 && IsLowercaseWord(segment))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"settings.DbPwd2", "env.MYSQL_PW": names joined by dots, each starting with a letter or '_'.</summary>
    internal static bool IsMemberAccess(string value)
    {
        if (value.IndexOf('.') < 0)
        {
            return false;
        }

        foreach (var part in value.Split('.'))
        {
            if (part.Length == 0 || !(char.IsLetter(part[0]) || part[0] == '_'))
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// A member access whose parts read as names ("settings.DbPwd2", "env.MYSQL_PW", "self.pw1"), not a password that
    /// holds a dot between random parts ("L2B.LY6RwB_72HWHKx").
    /// </summary>
    internal static bool IsNamedMemberAccess(string value) => IsMemberAccess(value) && value.Split('.').Any(IsName);

    // A word ("settings", "Config"), a constant's name or a name in code.
    private static bool IsName(string part) =>
        (part.Length >= 3 && IsLowercaseWord(char.ToLowerInvariant(part[0]) + part.Substring(1))) || Plausibility.IsConstantName(part) || Plausibility.IsCodeIdentifier(part);

    /// <summary>
    /// A snake- or kebab-case name ("base64_encoded_64_byte_salt", "my-service-v2-token"): three or more parts, two of
    /// them lowercase words. Random keys rarely have even two separators, let alone words between them.
    /// </summary>
    internal static bool IsIdentifierLike(string value)
    {
        var parts = value.Split('_', '-', '.');
        if (parts.Length < 3)
        {
            return false;
        }

        var words = 0;
        foreach (var part in parts)
        {
            if (part.Length >= 3 && IsLowercaseWord(part))
            {
                words++;
            }
        }

        return words >= 2;
    }

    /// <summary>
    /// Base 64 of prose, JSON, XML or a URL (spaces, braces, angle brackets, "://") rather than of random bytes, padded or
    /// not, in either alphabet: a JOSE header ("eyJhbGciOi…", {"alg":…}) ahead of its token's other parts is one; so is
    /// a line that spells "password" (a doc example's base64 of "encrypted-password\n"); so is a demo password or a
    /// placeholder (a Kubernetes Secret's data of "changeme" or "REPLACE_ME", for the pipeline to fill in).
    /// </summary>
    internal static bool IsEncodedText(string value)
    {
        var text = UnpaddedBase64.Decode(value)?.TrimEnd('\n', '\r');
        if (text is null)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < 0x20 || c > 0x7E)
            {
                return false;
            }
        }

        return text.IndexOf(' ') >= 0 || text.IndexOf('{') >= 0 || text.IndexOf('<') >= 0 || text.IndexOf("://", StringComparison.Ordinal) >= 0
            || DemoPasswords.SpellsPassword(text) || DemoPasswords.Contains(text) || Placeholders.IsPlaceholder(text, madeByPeople: true);
    }

    /// <summary>OpenSSL's salted ciphertext ("U2FsdGVkX1", base 64 of "Salted__") or PostgreSQL's stored "md5" hash.</summary>
    internal static bool IsCiphertextOrHash(string value) =>
        value.StartsWith("U2FsdGVkX1", StringComparison.Ordinal)
        || (value.Length == 35 && value.StartsWith("md5", StringComparison.Ordinal) && value.Skip(3).All(IsHex));

    private static bool IsLowercaseWord(string segment)
    {
        foreach (var c in segment)
        {
            if (c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
