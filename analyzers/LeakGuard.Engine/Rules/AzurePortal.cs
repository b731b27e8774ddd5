namespace LeakGuard.Engine.Rules;

/// <summary>Remediation at the Azure portal's list of one resource type, where a resource's keys are regenerated.</summary>
internal static class AzurePortal
{
    public static Remediation Resources(string resourceType, string configurationKey, string environmentVariable) => new(
        "https://portal.azure.com/#view/HubsExtension/BrowseResource/resourceType/" + resourceType,
        configurationKey,
        environmentVariable);
}
