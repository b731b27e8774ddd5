using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NvidiaRules
{
    private static readonly Remediation Remediation = new("https://build.nvidia.com/settings/api-keys", "Nvidia:ApiKey", "NVIDIA_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "nvidia-api-key",
            "NVIDIA",
            "NVIDIA NIM / build.nvidia.com API key",
            Patterns.Token("nvapi-[A-Za-z0-9_-]{64}"),
            new[] { "nvapi-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
