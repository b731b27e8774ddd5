using System.Text;

namespace LeakGuard.Engine;

public static class Base62
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>Encodes <paramref name="value"/> in base 62, left-padded with '0' to <paramref name="width"/> digits.</summary>
    public static string Encode(uint value, int width)
    {
        var builder = new StringBuilder();
        do
        {
            builder.Insert(0, Alphabet[(int)(value % 62)]);
            value /= 62;
        }
        while (value > 0);

        while (builder.Length < width)
        {
            builder.Insert(0, '0');
        }

        return builder.ToString();
    }
}
