using System;
using System.Collections.Generic;
using System.Linq;

namespace LeakGuard.Engine.Rules;

internal static class IflytekRules
{
    private static readonly Remediation SecretRemediation = new("https://console.xfyun.cn/services", "Iflytek:ApiSecret", "IFLYTEK_API_SECRET");

    private static readonly Remediation KeyRemediation = new("https://console.xfyun.cn/services", "Iflytek:ApiKey", "IFLYTEK_API_KEY");

    // iFlytek's hosts and names, as the Spark (星火) LLM and speech APIs' code holds them.
    private static readonly string[] Context = { "xf-yun", "xfyun", "iflytek", "xunfei", "sparkai" };

    // An iFlytek open platform app's credentials, which sign its WebSocket and HTTP calls (Spark LLM, speech): an API key
    // of 32 hex digits and an API secret of 32 base64 characters, the base64 of 24 hex digits. Both have the shapes of
    // many values, so iFlytek's host or name must be near; the secret's decoding tells it apart under its own name too.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "iflytek-api-secret",
            "iFlytek",
            "iFlytek API secret (base64 of 24 hex digits next to iFlytek's host or an APISecret name)",
            "(?:^|[^A-Za-z0-9+/])(?<secret>[A-Za-z0-9+/]{32})(?:$|[^A-Za-z0-9+/=])",
            Context.Concat(new[] { "apisecret", "api_secret" }).ToArray(),
            SecretRemediation,
            minEntropy: 3,
            isPlausible: IsBase64OfHex),
        ContextGatedRule.Create(
            "iflytek-api-key",
            "iFlytek",
            "iFlytek API key (32 hex digits next to iFlytek's host or name)",
            Patterns.Token("[0-9a-f]{32}", Patterns.Base62),
            Context,
            KeyRemediation,
            minEntropy: 3,
            isPlausible: value => !Plausibility.IsCompactGuid(value)),
    };

    /// <summary>Whether 32 base64 characters decode to 24 lower-case hex digits, as iFlytek's secrets do.</summary>
    private static bool IsBase64OfHex(string value) =>
        Convert.FromBase64String(value).All(b => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f'));
}
