using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AgoraRules
{
    private static readonly Remediation Remediation = new("https://console.agora.io/projects", "Agora:AppCertificate", "AGORA_APP_CERTIFICATE");

    // An Agora app certificate: 32 hex digits beside an App ID of the same shape, so only the certificate's name tells
    // it. It signs tokens that join any channel of the project.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "agora-app-certificate",
            "Agora",
            "Agora app certificate (32 hex digits under appCertificate)",
            Patterns.AssignedTo("app_?certificate", "[0-9a-f]{32}"),
            new[] { "appcertificate", "app_certificate" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
