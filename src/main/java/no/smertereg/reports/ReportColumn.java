package no.smertereg.reports;

/**
 * The export contract: one column per constant, named exactly as Rapporteket names it (registry codebook §2.4),
 * in the order of the export. The row type has these columns and nothing else: no identity number (PasientID is
 * the registry's PID), no names, no internal comments (IntKom*). Every form key equals the column name.
 */
public enum ReportColumn {
    ForlopsID(Source.COURSE, Kind.ID),
    PasientID(Source.COURSE, Kind.ID),
    AvdRESH(Source.COURSE, Kind.TEXT),
    SykehusNavn(Source.COURSE, Kind.TEXT),
    /**
     * The course's location: codebook Lokasjon (B1.1 LOCATION, 1a, the id of a row of the unit's location list,
     * avdelingsoversikt.LOCATION_ID), set on the course page and kept on the course; empty until chosen.
     */
    Lokasjon(Source.COURSE, Kind.ID),
    /**
     * The course's ward: codebook InnlAvd (B1.1 DEPARTMENT, the id of a row of the unit's department list,
     * avdelingsoversikt). Here the department is chosen at registration and kept on the course (S12).
     */
    InnlAvd(Source.COURSE, Kind.ID),
    /** 1 when the course is in the national registry (codebook: INCLUDED_RAPPORTEKET), else 0. */
    InklusjonStatus(Source.COURSE, Kind.CODE),
    /** The patient's reservation against the national registry now: 1 reserved, 0 not (codebook PVK_RESERVATION_STATUS). */
    Reservasjonsstatus(Source.COURSE, Kind.CODE),
    HenvistDato(Source.TO, Kind.DATE),
    StartdatoTO(Source.TO, Kind.DATE),
    Tilsett(Source.TO, Kind.CODE),
    alder(Source.TO, Kind.INTEGER),
    Norsktalende(Source.TO, Kind.CODE),
    KognSvekket(Source.TO, Kind.CODE),
    InklKritOppf(Source.TO, Kind.CODE),
    SkriftligSamtyk(Source.TO, Kind.CODE),
    TypeManglSamt(Source.TO, Kind.CODE),
    MoEkvivalens(Source.B11, Kind.DECIMAL),
    AngiNRS12(Source.B12, Kind.CODE),
    StSmRo12(Source.B12, Kind.CODE),
    SvSmRo12(Source.B12, Kind.CODE),
    StSmBev12(Source.B12, Kind.CODE),
    SvSmBev12(Source.B12, Kind.CODE),
    AkseptabelSmerte12(Source.B12, Kind.CODE),
    Funksjon12(Source.B12, Kind.CODE),
    AngiNRS21(Source.B21, Kind.CODE),
    StSmRo21(Source.B21, Kind.CODE),
    SvSmRo21(Source.B21, Kind.CODE),
    StSmBev21(Source.B21, Kind.CODE),
    SvSmBev21(Source.B21, Kind.CODE),
    AkseptabelSmerte21(Source.B21, Kind.CODE),
    Funksjon21(Source.B21, Kind.CODE),
    SluttDato(Source.B22, Kind.DATE),
    AntPasTils(Source.B22, Kind.INTEGER),
    AntTilsLege(Source.B22, Kind.INTEGER),
    AntTilsSykPleier(Source.B22, Kind.INTEGER),
    AntTilsPsyk(Source.B22, Kind.INTEGER),
    AntTilsFysioT(Source.B22, Kind.INTEGER),
    AntTilsSosio(Source.B22, Kind.INTEGER),
    AntTilsKonfLege(Source.B22, Kind.INTEGER),
    AntTilsRadBehandlerAST(Source.B22, Kind.INTEGER),
    AntTilsAmbLege(Source.B22, Kind.INTEGER),
    AntTilsAmbSpl(Source.B22, Kind.INTEGER),
    AntTilsPrest(Source.B22, Kind.INTEGER),
    TotTid(Source.B22, Kind.DECIMAL),
    IkkeMedBeh(Source.B22, Kind.CODE),
    VidereOppf(Source.B22, Kind.CODE),
    BehNedtrappAvsluttTils(Source.B22, Kind.CODE),
    /** A checkbox: 1 ticked, 0 not ticked while its question (BehNedtrappAvsluttTils = 1) was shown, else empty. */
    Journalnotat(Source.B22, Kind.CODE),
    MoEkvivalens22(Source.B22, Kind.DECIMAL),
    OppfSmeKl(Source.B22, Kind.CODE),
    PasDelUfylPR(Source.PASREG, Kind.CODE),
    GrManglUtfylPR(Source.PASREG, Kind.CODE),
    PasDelUtf(Source.HADS, Kind.CODE),
    GrManglUtfylHADS(Source.HADS, Kind.CODE),
    PasdelUtfylEval(Source.EVAL, Kind.CODE),
    AarsakmanglUfylEval(Source.EVAL, Kind.CODE),
    EvalSpm3(Source.EVAL, Kind.CODE),
    PasdelUtfylOpioid(Source.OPIOID, Kind.CODE),
    AarsakmanglUtfylOpioid(Source.OPIOID, Kind.CODE);

    /** Where a column's value comes from: the course itself, a clinician form or a patient form. */
    public enum Source {
        COURSE, TO, B11, B12, B21, B22, PASREG, HADS, EVAL, OPIOID
    }

    /** The value's Java type: ID is Long, INTEGER and CODE Integer, DECIMAL BigDecimal, DATE LocalDate, TEXT String. */
    public enum Kind {
        ID, INTEGER, CODE, DECIMAL, DATE, TEXT
    }

    private final Source source;
    private final Kind kind;

    ReportColumn(Source source, Kind kind) {
        this.source = source;
        this.kind = kind;
    }

    public Source source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }
}
