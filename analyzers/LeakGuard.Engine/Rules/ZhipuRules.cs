using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ZhipuRules
{
    private static readonly Remediation Remediation = new("https://open.bigmodel.cn/usercenter/apikeys", "Zhipu:ApiKey", "ZHIPUAI_API_KEY");

    // Z.ai is Zhipu's international platform (api.z.ai, ZAI_API_KEY); its models are GLM-4.x and GLM-5.
    private static readonly string[] ZhipuContext = { "zhipu", "bigmodel", "glm-", "glm4", "z.ai", "zai_api_key" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // An id and its secret joined by a dot; only the provider's name near tells the shape apart.
        ContextGatedRule.Create(
            "zhipu-api-key",
            "Zhipu AI",
            "Zhipu AI (BigModel, GLM) API key (32 hex digits, a dot and 16 characters, next to its name)",
            Patterns.Token("[0-9a-f]{32}\\.[A-Za-z0-9]{16}", Patterns.UrlSafeOrDot),
            ZhipuContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => Plausibility.MixesCasesAndDigits(value.Substring(33))),
    };
}
