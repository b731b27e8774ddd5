namespace LeakGuard.Engine;

/// <summary>
/// An id inside an Elastic Cloud ID, which is base 64 of "host$deployment-id$kibana-id" (the ids 32 hex digits each):
/// where a deployment is, not how to get in, yet its ids have the shape of many keys once the scan decodes it.
/// </summary>
internal static class ElasticCloudId
{
    private const int IdLength = 32;

    public static bool Holds(string text, int start, int length)
    {
        if (length != IdLength || start == 0 || text[start - 1] != '$')
        {
            return false;
        }

        var before = start - 1;
        if (before >= IdLength + 1 && text[before - IdLength - 1] == '$' && GitObjectReference.IsLowerHex(text, before - IdLength, IdLength))
        {
            before -= IdLength + 1;
        }

        return IsHostBefore(text, before);
    }

    /// <summary>Whether a host name ("westeurope.azure.elastic-cloud.com", with a port or not) ends at <paramref name="end"/>.</summary>
    private static bool IsHostBefore(string text, int end)
    {
        var at = end;
        var dots = 0;
        while (at > 0 && text[at - 1] is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or ':')
        {
            dots += text[at - 1] == '.' ? 1 : 0;
            at--;
        }

        return dots > 0 && end - at >= 4;
    }
}
