namespace LeakGuard.Engine.Rules;

/// <summary>Remediation at the Azure portal's list of one resource type, where a resource's keys are regenerated.</summary>
internal static class AzurePortal
{
    /// <param name="wholeString">Whether the configuration key holds the whole connection string (<see cref="Remediation.MovesWholeString"/>).</param>
    public static Remediation Resources(string resourceType, string configurationKey, string environmentVariable, bool wholeString = false) => new(
        "https://portal.azure.com/#view/HubsExtension/BrowseResource/resourceType/" + resourceType,
        configurationKey,
        environmentVariable)
    {
        MovesWholeString = wholeString,
    };
}
