using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DashScopeRules
{
    private static readonly Remediation Remediation = new("https://bailian.console.aliyun.com/?apiKey=1", "DashScope:ApiKey", "DASHSCOPE_API_KEY");

    private static readonly string[] Context = { "dashscope" };

    // An Alibaba Cloud Model Studio (DashScope, Qwen) API key: "sk-" and 32 hex digits, the shape of other OpenAI-compatible
    // services' keys, so DashScope's name must be near.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "dashscope-api-key",
            "Alibaba Cloud",
            "Alibaba Cloud DashScope (Qwen) API key (sk- and 32 hex digits next to DashScope)",
            Patterns.Token("sk-[0-9a-f]{32}"),
            Context,
            Remediation,
            minEntropy: 3),
    };
}
