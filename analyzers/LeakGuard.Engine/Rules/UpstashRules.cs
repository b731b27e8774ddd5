using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class UpstashRules
{
    private static readonly Remediation Remediation = new("https://console.upstash.com/redis", "Upstash:RedisRestToken", "UPSTASH_REDIS_REST_TOKEN");

    // A Redis database's REST token: base 64 of the database's port and id, so every current token has "AAIncD" at its
    // fifth character; older ones are told by the names Upstash and Vercel KV give them. It reads and writes the
    // database.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "upstash-redis-rest-token",
            "Upstash",
            "Upstash Redis REST token (A…AAIncD…, or under UPSTASH_REDIS_REST_TOKEN / KV_REST_API_TOKEN)",
            Patterns.Token("A[A-Za-z0-9_-]{3}AAIncD[A-Za-z0-9_-]{52,53}") + "|" + Patterns.AssignedTo("(?:upstash_redis_rest_token|kv_rest_api_token)", "A[A-Za-z0-9_-]{55,90}=?"),
            new[] { "AAIncD", "upstash_redis_rest_token", "kv_rest_api_token" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
