using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HuggingFaceRules
{
    private static readonly Remediation Remediation = new("https://huggingface.co/settings/tokens", "HuggingFace:Token", "HF_TOKEN");

    // Both formats are 34 letters without digits after their prefix.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "huggingface-token",
            "Hugging Face",
            "Hugging Face access token",
            Patterns.Token("hf_[A-Za-z]{34}"),
            new[] { "hf_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = Plausibility.HasUpperAndLower,
        },
        new SecretRule(
            "huggingface-org-token",
            "Hugging Face",
            "Hugging Face organization API token (legacy)",
            Patterns.Token("api_org_[A-Za-z]{34}"),
            new[] { "api_org_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = Plausibility.HasUpperAndLower,
        },
    };
}
