using System;
using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class JwtRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "Jwt:Token", "JWT_TOKEN");

    private static readonly HashSet<string> ToyClaims = new(StringComparer.Ordinal) { "foo", "bar", "baz", "hello", "some", "test", "example", "key" };

    private static readonly HashSet<string> IdentityClaims = new(StringComparer.Ordinal) { "iss", "sub", "aud" };

    private static readonly HashSet<string> ToyValues = new(StringComparer.OrdinalIgnoreCase) { "issuer", "subject", "audience", "test", "tests", "foo", "bar", "baz", "joe", "example" };

    private static readonly HashSet<string> TimeClaims = new(StringComparer.Ordinal) { "iat", "nbf", "exp", "jti" };

    // "eyJ" is base 64 for '{"', so a JWT is "eyJ" header, "eyJ" payload and a signature. It may be a short-lived
    // token, so Medium. The bounds keep the automaton under the non-backtracking engine's size limit: a payload over
    // 1000 characters or a signature over 700 (RSA keys above 4096 bits) is not matched.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "jwt",
            "JWT",
            "JSON Web Token (one that has not expired)",
            Patterns.Token("eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{10,1000}\\.[A-Za-z0-9_-]{16,700}", Patterns.UrlSafeOrDot),
            new[] { "eyJ" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 4,
            IsPlausible = IsLive,
            MadeLocally = true,
        },
    };

    /// <summary>
    /// Whether a token is worth reporting: not expired, not jwt.io's example, not a JWT library's test vector, not a
    /// Supabase anon key. Rules that read
    /// a JWT as some other credential (a bearer token in a header) ask the same, so a token this rule leaves out does not
    /// come back under their name.
    /// </summary>
    public static bool IsLive(string token) =>
        !IsPassport(token)
        && (Payload(token) is not { } claims || !(HasExpired(claims) || IsDocumentationExample(claims) || IsTestVector(claims) || IsAnonymousRole(claims)));

    /// <summary>
    /// A STIR/SHAKEN PASSporT (RFC 8225, header "typ": "passport"): a carrier's signed assertion of a caller's number,
    /// sent with the call for anyone to read. It signs no one in.
    /// </summary>
    private static bool IsPassport(string token)
    {
        var end = token.IndexOf('.');
        var header = end < 0 ? null : UnpaddedBase64.Decode(token.Substring(0, end));
        return header is not null && header.Replace(" ", string.Empty).IndexOf("\"typ\":\"passport\"", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>Whether <paramref name="value"/> has a JWT's shape: "eyJ", then two more parts after dots.</summary>
    public static bool IsToken(string value)
    {
        if (!value.StartsWith("eyJ", StringComparison.Ordinal))
        {
            return false;
        }

        var first = value.IndexOf('.');
        return first > 0 && value.IndexOf('.', first + 1) > first + 1;
    }

    /// <summary>The claims of <paramref name="token"/> as JSON text, or <see langword="null"/> when they do not decode.</summary>
    public static string? Payload(string token)
    {
        var start = token.IndexOf('.') + 1;
        var end = token.IndexOf('.', start);
        return end < 0 ? null : UnpaddedBase64.Decode(token.Substring(start, end - start));
    }

    /// <summary>
    /// Whether the "exp" claim (seconds since 1970, as a number or, as some issuers write it, a string) has passed:
    /// such a token signs no one in any more. Test fixtures and captured requests hold many, and a history holds
    /// little else, so reporting them would bury the live ones. A token without a readable "exp" is reported.
    /// </summary>
    private static bool HasExpired(string claims) => ExpiresAt(claims) is { } expiry && expiry < DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>jwt.io's example claims, which tutorials and tests copy with whatever signature jwt.io showed them.</summary>
    private static bool IsDocumentationExample(string claims) =>
        claims.IndexOf("\"sub\":\"1234567890\"", StringComparison.Ordinal) >= 0 && claims.IndexOf("\"name\":\"John Doe\"", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// A JWT library's or a specification's test vector: placeholder claims only ({"foo":"bar"}, {"hello": "world"}), an
    /// issuer, subject or audience that is a placeholder word ({"iss":"issuer","sub":"subject"}, {"aud":"test"}), or RFC
    /// 7519's example claim "http://example.com/is_root", or a "testData" claim. No issuer puts such a token in anyone's hands.
    /// </summary>
    private static bool IsTestVector(string claims)
    {
        // Netlify Dev's emulated identity ({"source":"netlify dev","testData":"NETLIFY_DEV_LOCALLY_EMULATED_…"}) too.
        if (claims.IndexOf("\"http://example.com/", StringComparison.Ordinal) >= 0 || claims.IndexOf("\"testData\"", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        var names = 0;
        var toyNamesOnly = true;
        for (var at = claims.IndexOf('"'); at >= 0; at = claims.IndexOf('"', at + 1))
        {
            var end = claims.IndexOf('"', at + 1);
            if (end < 0)
            {
                return false;
            }

            var next = SkipSpaces(claims, end + 1);
            if (next < claims.Length && claims[next] == ':')
            {
                var name = claims.Substring(at + 1, end - at - 1);
                if (IdentityClaims.Contains(name) && StringValue(claims, next + 1) is { } value && ToyValues.Contains(value))
                {
                    return true;
                }

                if (!TimeClaims.Contains(name))
                {
                    toyNamesOnly &= ToyClaims.Contains(name);
                    names++;
                }
            }

            at = end;
        }

        return toyNamesOnly && names > 0;
    }

    /// <summary>The string that starts at <paramref name="at"/> (after spaces), or null when a number or an object does.</summary>
    private static string? StringValue(string claims, int at)
    {
        at = SkipSpaces(claims, at);
        if (at >= claims.Length || claims[at] != '"')
        {
            return null;
        }

        var end = claims.IndexOf('"', at + 1);
        return end < 0 ? null : claims.Substring(at + 1, end - at - 1);
    }

    /// <summary>
    /// A token for PostgREST's "anon" role: Supabase's anon key, which every web and mobile client of a project ships,
    /// and which grants only what row-level security lets anyone do. The service_role key, of the same form, is reported.
    /// </summary>
    private static bool IsAnonymousRole(string claims)
    {
        var at = claims.IndexOf("\"role\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        at = SkipSpaces(claims, at + "\"role\"".Length);
        if (at >= claims.Length || claims[at] != ':')
        {
            return false;
        }

        at = SkipSpaces(claims, at + 1);
        return string.CompareOrdinal(claims, at, "\"anon\"", 0, "\"anon\"".Length) == 0;
    }

    private static long? ExpiresAt(string payload)
    {
        var at = payload.IndexOf("\"exp\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        at = SkipSpaces(payload, at + "\"exp\"".Length);
        if (at >= payload.Length || payload[at] != ':')
        {
            return null;
        }

        at = SkipSpaces(payload, at + 1);
        if (at < payload.Length && payload[at] == '"')
        {
            at++;
        }

        long? seconds = null;
        for (var digits = 0; at < payload.Length && digits < 12 && payload[at] is >= '0' and <= '9'; at++, digits++)
        {
            seconds = ((seconds ?? 0) * 10) + (payload[at] - '0');
        }

        return seconds;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
