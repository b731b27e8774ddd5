using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AzureAppServiceRules
{
    private static readonly Remediation Remediation = new(
        "https://learn.microsoft.com/azure/app-service/deploy-configure-credentials",
        "AppService:PublishPassword",
        "AZURE_WEBAPP_PUBLISH_PROFILE");

    // A publish profile (the .PublishSettings file the portal downloads, pasted into a repository or a workflow):
    // userPWD is the app's deployment password, enough to replace the running code.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "azure-publish-profile-password",
            "Azure",
            "Azure App Service publish profile password (userPWD of a .PublishSettings file)",
            "userPWD[ \t]*=[ \t]*\\\\?\"(?<secret>[A-Za-z0-9+/]{20,100})\\\\?\"",
            new[] { "userPWD" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
