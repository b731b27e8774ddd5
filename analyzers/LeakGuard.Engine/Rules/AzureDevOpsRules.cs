using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AzureDevOpsRules
{
    private static readonly Remediation Remediation = new("https://dev.azure.com/_usersSettings/tokens", "AzureDevOps:Pat", "AZURE_DEVOPS_PAT");

    // VssBasicCredential and VssConnection are the .NET client library's, often with the organisation's URL far away;
    // VSS_NUGET_EXTERNAL_FEED_ENDPOINTS and VSS_NUGET_ACCESSTOKEN are how the NuGet credential provider takes a PAT.
    private static readonly string[] AzureDevopsLegacyPatContext = { "dev.azure.com", "visualstudio.com", "azure_devops", "azuredevops", "azure devops", "AZDO", "VssBasicCredential", "VssConnection", "VSS_NUGET" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The 2024 format: 52 random characters, the fixed "JQQJ99", the year and the month (A to L) it was made, a
        // platform block, the signature "AZDO" and a checksum.
        new SecretRule(
            "azure-devops-pat",
            "Azure DevOps",
            "Azure DevOps personal access token (84-character identifiable format)",
            Patterns.Token("[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9][A-L][A-Za-z0-9]{16}AZDO[A-Za-z0-9]{4}", Patterns.Base62),
            new[] { "AZDO" },
            Remediation)
        {
            MinEntropy = 3.5,

            // The platform block holds zero bits, runs of "A"; the signature and the length rule out filler.
            RunsBelongToFormat = true,
        },
        ContextGatedRule.Create(
            "azure-devops-legacy-pat",
            "Azure DevOps",
            "Azure DevOps personal access token (52 lowercase base-32 characters next to an Azure DevOps URL or name)",
            Patterns.Token("[a-z2-7]{52}", Patterns.Base62),
            AzureDevopsLegacyPatContext,
            Remediation,
            minEntropy: 3.5),
    };
}
