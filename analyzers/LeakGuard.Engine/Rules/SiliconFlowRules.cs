using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SiliconFlowRules
{
    private static readonly Remediation Remediation = new("https://cloud.siliconflow.cn/account/ak", "SiliconFlow:ApiKey", "SILICONFLOW_API_KEY");

    private static readonly string[] Context = { "siliconflow" };

    // A SiliconFlow API key: "sk-" and 48 to 51 lower-case letters, the prefix of other OpenAI-compatible services', so
    // SiliconFlow's name must be near.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "siliconflow-api-key",
            "SiliconFlow",
            "SiliconFlow API key (sk- and 48-51 lower-case letters next to SiliconFlow)",
            Patterns.Token("sk-[a-z]{48,51}"),
            Context,
            Remediation,
            minEntropy: 3.5),
    };
}
