package org.cairn.casebook;

import java.util.List;

/**
 * A community the users serve, for fictional demo data: names invented for this project, the languages spoken
 * and the immigration situations most often seen.
 */
record DemoCommunity(List<String> languages, List<String> givenNames, List<String> familyNames,
        List<ImmigrationCategory> typicalImmigration) {
    private static final ImmigrationCategory SPOUSE = ImmigrationCategory.SPOUSE_OR_PARTNER_VISA;
    private static final ImmigrationCategory DEPENDANT = ImmigrationCategory.WORK_OR_STUDY_DEPENDANT;
    private static final ImmigrationCategory EU = ImmigrationCategory.EU_SETTLED_OR_PRESETTLED;
    private static final ImmigrationCategory ASYLUM = ImmigrationCategory.ASYLUM_SEEKER;
    private static final ImmigrationCategory REFUGEE = ImmigrationCategory.REFUGEE;
    private static final ImmigrationCategory UNDOCUMENTED = ImmigrationCategory.UNDOCUMENTED;

    static final List<DemoCommunity> ALL = List.of(
            new DemoCommunity(List.of("Spanish"),
                    List.of("Lucía", "Marisol", "Ximena", "Yolanda", "Rocío", "Guadalupe", "Paola", "Josefina", "Inés",
                            "Maricruz", "José Luisa", "Nayeli"),
                    List.of("Restrepo", "Quintero", "Sandoval", "Villalobos", "Carrasco", "Montoya", "Arriaga",
                            "Echeverría", "Bustamante", "Peñaloza", "Ocampo"),
                    List.of(UNDOCUMENTED, SPOUSE, EU, DEPENDANT)),
            new DemoCommunity(List.of("Portuguese"),
                    List.of("Conceição", "Luana", "Thaís", "Graça", "Fabiana", "Rosângela", "Aline", "Leticia",
                            "Iracema"),
                    List.of("Figueiredo", "Brandão", "Magalhães", "Assunção", "Nogueira", "Teixeira", "Rebelo"),
                    List.of(EU, UNDOCUMENTED, SPOUSE)),
            new DemoCommunity(List.of("Polish"),
                    List.of("Agnieszka", "Małgorzata", "Katarzyna", "Bożena", "Ewelina", "Justyna", "Dorota",
                            "Grażyna"),
                    List.of("Wiśniewska", "Kowalczyk", "Zielińska", "Szymańska", "Dąbrowska", "Wróblewska", "Pawlak"),
                    List.of(EU)),
            new DemoCommunity(List.of("Romanian"),
                    List.of("Ioana", "Mihaela", "Andreea", "Florentina", "Roxana", "Georgiana", "Ștefania", "Viorica"),
                    List.of("Dumitrescu", "Stănescu", "Marinescu", "Vasilescu", "Țurcanu", "Bălan", "Moldoveanu"),
                    List.of(EU)),
            new DemoCommunity(List.of("Arabic"),
                    List.of("Amal", "Rania", "Huda", "Samira", "Nour", "Hanan", "Ruqayya", "Fatin", "Dalia"),
                    List.of("Haddad", "Al-Masri", "Khoury", "Nassar", "Darwish", "Saleh", "Barakat"),
                    List.of(SPOUSE, ASYLUM, REFUGEE)),
            new DemoCommunity(List.of("Urdu", "Punjabi"),
                    List.of("Sadia", "Nabila", "Rukhsana", "Shazia", "Farzana", "Mehwish", "Saima", "Hina"),
                    List.of("Qureshi", "Chaudhry", "Siddiqui", "Abbasi", "Rana", "Mirza", "Javed"),
                    List.of(SPOUSE, DEPENDANT)),
            new DemoCommunity(List.of("Bengali", "Sylheti"),
                    List.of("Shirin", "Nasreen", "Taslima", "Rokeya", "Mousumi", "Sharmin", "Jesmin", "Rupa"),
                    List.of("Begum", "Khatun", "Chowdhury", "Hossain", "Akter", "Uddin", "Miah"),
                    List.of(SPOUSE, DEPENDANT)),
            new DemoCommunity(List.of("Punjabi"),
                    List.of("Harpreet", "Manjit", "Jaswinder", "Kulwinder", "Simran", "Rajwinder", "Navneet"),
                    List.of("Kaur", "Sandhu", "Dhillon", "Sidhu", "Grewal", "Bains", "Johal"),
                    List.of(SPOUSE, DEPENDANT)),
            new DemoCommunity(List.of("Somali"),
                    List.of("Hodan", "Ifrah", "Sahra", "Fadumo", "Ubah", "Hibaaq", "Nasteho", "Idil"),
                    List.of("Warsame", "Farah", "Egal", "Jama", "Hirsi", "Dualeh", "Samatar"),
                    List.of(REFUGEE, ASYLUM, ImmigrationCategory.BRITISH_OR_SETTLED)),
            new DemoCommunity(List.of("Tigrinya"),
                    List.of("Selam", "Senait", "Mebrat", "Tsega", "Yordanos", "Rahwa", "Saba", "Luwam"),
                    List.of("Tesfay", "Berhane", "Gebremariam", "Kidane", "Tekle", "Woldu", "Habtom"),
                    List.of(ASYLUM, REFUGEE)),
            new DemoCommunity(List.of("Farsi"),
                    List.of("Maryam", "Parisa", "Azadeh", "Roya", "Leila", "Shadi"),
                    List.of("Rahimi", "Moradi", "Karimi", "Jafari", "Sadeghi"),
                    List.of(ASYLUM, REFUGEE, SPOUSE)),
            new DemoCommunity(List.of("Turkish", "Kurdish"),
                    List.of("Zeynep", "Gülsüm", "Hatice", "Rojda", "Berfin", "Şirin"),
                    List.of("Yıldız", "Aydın", "Çelik", "Doğan", "Aslan"),
                    List.of(SPOUSE, ASYLUM)),
            new DemoCommunity(List.of("Tagalog"),
                    List.of("Maricel", "Rowena", "Jocelyn", "Analyn", "Rosalie"),
                    List.of("Dela Cruz", "Bautista", "Manalo", "Villanueva"),
                    List.of(ImmigrationCategory.OTHER, UNDOCUMENTED)),
            new DemoCommunity(List.of("Vietnamese"),
                    List.of("Hoa", "Thảo", "Ngọc", "Huyền", "Phương"),
                    List.of("Nguyễn", "Trần", "Phạm", "Lê"),
                    List.of(UNDOCUMENTED, ASYLUM)),
            new DemoCommunity(List.of("Ukrainian", "Russian"),
                    List.of("Oksana", "Halyna", "Nadiia", "Iryna"),
                    List.of("Kovalenko", "Bondarenko", "Tkachuk", "Melnyk"),
                    List.of(ImmigrationCategory.OTHER, SPOUSE)));
}
