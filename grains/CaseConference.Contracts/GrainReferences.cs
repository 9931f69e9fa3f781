namespace CaseConference.Contracts;

/// <summary>
/// References to Guid-keyed grains without Orleans' per-call reflection: <c>GetGrain&lt;T&gt;</c>
/// reads the interface's attributes again on every call (Orleans keeps no cache there; issue 9's
/// profile: 1.2% of the gateway's and 2% of the silo's CPU per minute entry). Orleans itself
/// resolves an interface's grain and interface types once, on the first reference; later ones reuse them.
/// </summary>
public static class GrainReferences
{
    public static T Reference<T>(this IGrainFactory factory, Guid key) where T : IGrainWithGuidKey
    {
        var (grainType, interfaceType) = Resolved<T>.Types ??= Resolve<T>(factory);
        return (T)factory.GetGrain(GrainId.Create(grainType, GrainIdKeyExtensions.CreateGuidKey(key)), interfaceType);
    }

    private static (GrainType, GrainInterfaceType) Resolve<T>(IGrainFactory factory) where T : IGrainWithGuidKey
    {
        var probe = (GrainReference)(object)factory.GetGrain<T>(Guid.Empty);
        return (probe.GrainId.Type, probe.InterfaceType);
    }

    private static class Resolved<T>
    {
        public static (GrainType, GrainInterfaceType)? Types;
    }
}
