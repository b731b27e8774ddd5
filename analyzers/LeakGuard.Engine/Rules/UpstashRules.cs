using System;
using System.Collections.Generic;
using System.Linq;

namespace LeakGuard.Engine.Rules;

internal static class UpstashRules
{
    private static readonly Remediation Remediation = new("https://console.upstash.com/redis", "Upstash:RedisRestToken", "UPSTASH_REDIS_REST_TOKEN");

    // A Redis database's REST token: base 64 of the database's port, then 0x00 0x02 and the length of the id that
    // follows ("p2f29b…"), so every current token has "AAI" at its fifth character, the length ("n" for 39, "j" for 35)
    // and "cD". Older ones are base 64 of the port, a flag byte, "$ ", a UUID and 32 hex digits ("A…ASQg…", 100
    // characters), or are told by the names Upstash and Vercel KV give them. It reads and writes the database.
    private static readonly IEnumerable<string> LengthMarks = Enumerable.Range('g', 'v' - 'g' + 1).Select(c => "AAI" + (char)c + "cD");

    private const string LegacyToken = "A[A-Za-z0-9+/]{3}A[CS]Qg[A-Za-z0-9+/]{91}=";

    private static readonly string[] LegacyMarks = { "ACQg", "ASQg" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "upstash-redis-rest-token",
            "Upstash",
            "Upstash Redis REST token (A…AAI?cD…, or under UPSTASH_REDIS_REST_TOKEN / KV_REST_API_TOKEN)",
            Patterns.Token("A[A-Za-z0-9_-]{3}AAI[g-v]cD[A-Za-z0-9_-]{44,60}") + "|" + Patterns.Token(LegacyToken, Patterns.Base64)
                + "|" + Patterns.AssignedTo("(?:upstash_redis_rest_token|kv_rest_api_token)", "A[A-Za-z0-9_-]{55,90}=?"),
            LengthMarks.Concat(LegacyMarks).Concat(new[] { "upstash_redis_rest_token", "kv_rest_api_token" }).ToArray(),
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = token => IsLegacy(token) ? HoldsDatabaseId(token) : Plausibility.MixesCasesAndDigits(token),
        },
    };

    private static bool IsLegacy(string token) => token.Length == 100 && (token.IndexOf("ACQg", 4, 4, StringComparison.Ordinal) == 4 || token.IndexOf("ASQg", 4, 4, StringComparison.Ordinal) == 4);

    /// <summary>Whether a legacy token decodes to its port and flag, "$ ", a UUID and 32 hex digits.</summary>
    private static bool HoldsDatabaseId(string token)
    {
        var bytes = Convert.FromBase64String(token);
        if (bytes.Length != 74 || bytes[4] != '$' || bytes[5] != ' ')
        {
            return false;
        }

        for (var i = 6; i < bytes.Length; i++)
        {
            var c = (char)bytes[i];
            var hyphen = i is 14 or 19 or 24 or 29;
            if (hyphen ? c != '-' : !(c is (>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }
}
