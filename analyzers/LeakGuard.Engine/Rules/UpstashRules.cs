using System.Collections.Generic;
using System.Linq;

namespace LeakGuard.Engine.Rules;

internal static class UpstashRules
{
    private static readonly Remediation Remediation = new("https://console.upstash.com/redis", "Upstash:RedisRestToken", "UPSTASH_REDIS_REST_TOKEN");

    // A Redis database's REST token: base 64 of the database's port, then 0x00 0x02 and the length of the id that
    // follows ("p2f29b…"), so every current token has "AAI" at its fifth character, the length ("n" for 39, "j" for 35)
    // and "cD"; older ones are told by the names Upstash and Vercel KV give them. It reads and writes the database.
    private static readonly IEnumerable<string> LengthMarks = Enumerable.Range('g', 'v' - 'g' + 1).Select(c => "AAI" + (char)c + "cD");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "upstash-redis-rest-token",
            "Upstash",
            "Upstash Redis REST token (A…AAI?cD…, or under UPSTASH_REDIS_REST_TOKEN / KV_REST_API_TOKEN)",
            Patterns.Token("A[A-Za-z0-9_-]{3}AAI[g-v]cD[A-Za-z0-9_-]{44,60}") + "|" + Patterns.AssignedTo("(?:upstash_redis_rest_token|kv_rest_api_token)", "A[A-Za-z0-9_-]{55,90}=?"),
            LengthMarks.Concat(new[] { "upstash_redis_rest_token", "kv_rest_api_token" }).ToArray(),
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
