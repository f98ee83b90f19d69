namespace Registry.Etl.Synthetic.Lbz;

/// <summary>Where to regenerate an admission of an other-site cancer patient: incidence month, patient, admission.</summary>
internal readonly record struct CancerAdmissionRef(int Month, int Patient, int Admission);
