using System.Collections.Generic;
using System.Text;

namespace LeakGuard.Cli.Sources;

/// <summary>Reads the C-style quoting git applies to paths with unusual characters in diff headers.</summary>
internal static class GitPath
{
    public static string Unquote(string path)
    {
        if (path.Length < 2 || path[0] != '"' || path[^1] != '"')
        {
            return path;
        }

        var bytes = new List<byte>();
        for (var i = 1; i < path.Length - 1; i++)
        {
            var c = path[i];
            if (c != '\\')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }

            var next = path[++i];
            if (next is >= '0' and <= '7' && i + 2 < path.Length - 1)
            {
                bytes.Add(System.Convert.ToByte(path.Substring(i, 3), 8));
                i += 2;
                continue;
            }

            bytes.Add(next switch
            {
                'n' => (byte)'\n',
                't' => (byte)'\t',
                'r' => (byte)'\r',
                'a' => 7,
                'b' => 8,
                'f' => 12,
                'v' => 11,
                _ => (byte)next,
            });
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
